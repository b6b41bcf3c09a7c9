package org.intercede.bot.policy;

import org.intercede.nlp.buyer.BuyerReading;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The bot's rules, as plain code over plain data: given what the conversation holds and what this message
 * says, what to do and why. No I/O, so every rule is pinned by a test and {@code simulate} runs the same code
 * as the live bot.
 *
 * <p>In order: a supervisor's conversation is left alone; an auto-responder loop stops the bot; after a
 * deterrence the next message gets one resource reply, then silence; interest in a minor is deterred at once
 * (sternest); a buyer deterred in an earlier conversation is deterred again at once; an established intent to
 * buy (a meeting, or price together with availability, location or services) or too many turns gets the
 * standard deterrence; anything else gets an in-character reply, a police check a deflection.
 */
public final class DeterrencePolicy {
    private static final Set<String> BUYING_WITH_PRICE = Set.of("availability", "location", "services");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private final BotSettings settings;
    private final UnaryOperator<String> fingerprint;

    /**
     * @param fingerprint turns a normalised message text into what the conversation keeps of it: equal texts give
     *                    equal fingerprints (the live bot uses a keyed hash, so no text is stored)
     */
    public DeterrencePolicy(BotSettings settings, UnaryOperator<String> fingerprint) {
        this.settings = settings;
        this.fingerprint = fingerprint;
    }

    /**
     * @param current        the conversation so far, or null for a first message
     * @param lastDeterredAt when this buyer was last deterred by any decoy within the retention, or null
     */
    public Decision decide(ConversationState current, String body, BuyerReading reading, Instant lastDeterredAt, Instant now) {
        ConversationState state = current;
        if (state == null || state.stage() != Stage.TAKEN_OVER && Duration.between(state.lastAt(), now).compareTo(settings.episodeGap()) >= 0) {
            state = ConversationState.start(now);
        }
        String normalised = fingerprint.apply(normalise(body));
        String intent = reading.intent();
        if (state.stage() == Stage.TAKEN_OVER) {
            return silence(state, intent, normalised, now, "a supervisor has taken this conversation over");
        }
        if (isLoop(state, normalised)) {
            ConversationState closed = state.next(Stage.CLOSED, intent, normalised, state.level(), now, null,
                    "auto-responder loop", settings.loopRepeats());
            return new Decision(Action.SILENCE, null, null, "auto-responder loop: the same message "
                    + settings.loopRepeats() + " times in a row", closed);
        }
        switch (state.stage()) {
            case DETERRED -> {
                return new Decision(Action.RESOURCE, null, state.level(), "first message after the deterrence",
                        state.next(Stage.FINISHED, intent, normalised, state.level(), now, null, "resource sent",
                                settings.loopRepeats()));
            }
            case FINISHED, CLOSED -> {
                return silence(state, intent, normalised, now, "nothing more is said after the resource");
            }
            default -> {
            }
        }
        if (reading.underage()) {
            return deter(state, intent, normalised, Level.UNDERAGE, now, "interest in a person under 18");
        }
        if (lastDeterredAt != null && lastDeterredAt.isBefore(state.startedAt())
                && Duration.between(lastDeterredAt, now).compareTo(settings.retention()) < 0) {
            return deter(state, intent, normalised, Level.REPEAT, now, "deterred before, on " + lastDeterredAt);
        }
        Set<String> intents = new java.util.HashSet<>(state.intents());
        intents.add(intent);
        if ("meetup".equals(intent)) {
            return deter(state, intent, normalised, Level.STANDARD, now, "arranging to meet");
        }
        if (intents.contains("price") && intents.stream().anyMatch(BUYING_WITH_PRICE::contains)) {
            return deter(state, intent, normalised, Level.STANDARD, now, "asked the price and about "
                    + String.join("/", intents.stream().filter(BUYING_WITH_PRICE::contains).sorted().toList()));
        }
        if (state.turns() + 1 >= settings.maxTurns()) {
            return deter(state, intent, normalised, Level.STANDARD, now, "reached " + settings.maxTurns() + " messages");
        }
        boolean burst = state.turns() > 0 && Duration.between(state.lastAt(), now).compareTo(settings.burstWindow()) < 0;
        if (burst && state.replyPendingAt() != null && now.isBefore(state.replyPendingAt())) {
            ConversationState next = state.next(Stage.CHATTING, intent, normalised, null, now, state.replyPendingAt(),
                    "reply already on its way", settings.loopRepeats());
            return new Decision(Action.SILENCE, null, null, "a reply to this burst is already on its way", next);
        }
        String reason = "safety_check".equals(intent) ? "police check: deflect in character" : "in character: " + intent;
        return new Decision(Action.PERSONA, intent, null, reason,
                state.next(Stage.CHATTING, intent, normalised, null, now, null, reason, settings.loopRepeats()));
    }

    private Decision deter(ConversationState state, String intent, String normalised, Level level, Instant now, String reason) {
        return new Decision(Action.DETERRENCE, null, level, reason,
                state.next(Stage.DETERRED, intent, normalised, level, now, null, reason, settings.loopRepeats()));
    }

    private Decision silence(ConversationState state, String intent, String normalised, Instant now, String reason) {
        return new Decision(Action.SILENCE, null, null, reason,
                state.next(state.stage(), intent, normalised, state.level(), now, state.replyPendingAt(), reason,
                        settings.loopRepeats()));
    }

    private boolean isLoop(ConversationState state, String normalised) {
        int needed = settings.loopRepeats() - 1;
        if (normalised.isEmpty() || needed <= 0 || state.lastBodies().size() < needed) {
            return false;
        }
        return state.lastBodies().subList(state.lastBodies().size() - needed, state.lastBodies().size()).stream()
                .allMatch(normalised::equals);
    }

    static String normalise(String body) {
        return NOT_WORD.matcher(body.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
