package org.intercede.bot.policy;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.util.List;

/**
 * How the deterrence bot behaves. Every field is an environment variable {@code INTERCEDE_BOT_<FIELD>};
 * a field left unset takes the default named here (the only place defaults live, so {@code simulate}, which
 * runs without a context, behaves as the server does).
 *
 * @param maxTurns           buyer messages after which a standard deterrence goes even without a trigger (6)
 * @param replyDelayMin      the shortest human-like wait before a persona reply (20s)
 * @param replyDelayMax      the longest, before typing time (90s)
 * @param typingPerChar      added per character of the reply, as if typed (150ms)
 * @param deterrenceDelay    wait before a deterrence goes out (30s)
 * @param deliverFrom        {@code same-thread} (the decoy sends it) or {@code deterrence-number} (a number
 *                           the buyer has not seen; the decoy if none is left) (same-thread)
 * @param sequenceSpacing    between the messages of a deterrence sequence (20s)
 * @param sequenceJitter     added at random to each wait, up to this much (10s)
 * @param deterrenceMedia    MMS media URLs sent with the deterrence (none)
 * @param retention          how long buyer data is kept, and how long a deterred buyer counts as a repeat (90d)
 * @param episodeGap         silence after which a buyer's next message starts a new conversation (12h)
 * @param loopRepeats        the same message this many times in a row is an auto-responder: the bot stops (3)
 * @param burstWindow        messages this close together are one burst, answered once (15s)
 */
@ConfigurationProperties("intercede.bot")
public record BotSettings(
        @Nullable Integer maxTurns,
        @Nullable Duration replyDelayMin,
        @Nullable Duration replyDelayMax,
        @Nullable Duration typingPerChar,
        @Nullable Duration deterrenceDelay,
        @Nullable String deliverFrom,
        @Nullable Duration sequenceSpacing,
        @Nullable Duration sequenceJitter,
        @Nullable List<String> deterrenceMedia,
        @Nullable Duration retention,
        @Nullable Duration episodeGap,
        @Nullable Integer loopRepeats,
        @Nullable Duration burstWindow) {

    public static final String SAME_THREAD = "same-thread";
    public static final String DETERRENCE_NUMBER = "deterrence-number";

    public BotSettings {
        maxTurns = maxTurns == null ? 6 : maxTurns;
        replyDelayMin = replyDelayMin == null ? Duration.ofSeconds(20) : replyDelayMin;
        replyDelayMax = replyDelayMax == null ? Duration.ofSeconds(90) : replyDelayMax;
        typingPerChar = typingPerChar == null ? Duration.ofMillis(150) : typingPerChar;
        deterrenceDelay = deterrenceDelay == null ? Duration.ofSeconds(30) : deterrenceDelay;
        deliverFrom = deliverFrom == null ? SAME_THREAD : deliverFrom;
        sequenceSpacing = sequenceSpacing == null ? Duration.ofSeconds(20) : sequenceSpacing;
        sequenceJitter = sequenceJitter == null ? Duration.ofSeconds(10) : sequenceJitter;
        deterrenceMedia = deterrenceMedia == null ? List.of() : List.copyOf(deterrenceMedia);
        retention = retention == null ? Duration.ofDays(90) : retention;
        episodeGap = episodeGap == null ? Duration.ofHours(12) : episodeGap;
        loopRepeats = loopRepeats == null ? 3 : loopRepeats;
        burstWindow = burstWindow == null ? Duration.ofSeconds(15) : burstWindow;
        if (!SAME_THREAD.equals(deliverFrom) && !DETERRENCE_NUMBER.equals(deliverFrom)) {
            throw new IllegalArgumentException("INTERCEDE_BOT_DELIVER_FROM must be same-thread or deterrence-number");
        }
        if (replyDelayMax.compareTo(replyDelayMin) < 0) {
            throw new IllegalArgumentException("INTERCEDE_BOT_REPLY_DELAY_MAX must not be below INTERCEDE_BOT_REPLY_DELAY_MIN");
        }
    }

    public static BotSettings defaults() {
        return new BotSettings(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
