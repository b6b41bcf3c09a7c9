package org.intercede.bot.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the bot remembers of one conversation (one buyer and one decoy), between messages.
 *
 * @param turns          buyer messages in this conversation
 * @param intents        every intent seen, in order of first appearance
 * @param lastBodies     the last few message texts, normalised, for spotting an auto-responder
 * @param level          the deterrence sent, if any
 * @param replyPendingAt when a persona reply already planned will go out (a burst gets one reply), or null
 * @param deterredFrom   which of our numbers sent the deterrence (the resource follows from it), or null
 */
public record ConversationState(Stage stage, int turns, Set<String> intents, List<String> lastBodies,
                                Level level, Instant startedAt, Instant lastAt, Instant replyPendingAt,
                                String lastReason, String deterredFrom) {

    public ConversationState {
        intents = Set.copyOf(new LinkedHashSet<>(intents));
        lastBodies = List.copyOf(lastBodies);
    }

    public static ConversationState start(Instant now) {
        return new ConversationState(Stage.CHATTING, 0, Set.of(), List.of(), null, now, now, null, null, null);
    }

    ConversationState next(Stage nextStage, String intent, String normalisedBody, Level nextLevel, Instant now,
                           Instant pendingAt, String reason, int keepBodies) {
        LinkedHashSet<String> seen = new LinkedHashSet<>(intents);
        if (intent != null) {
            seen.add(intent);
        }
        List<String> bodies = new ArrayList<>(lastBodies);
        bodies.add(normalisedBody);
        while (bodies.size() > keepBodies) {
            bodies.remove(0);
        }
        return new ConversationState(nextStage, turns + 1, seen, bodies, nextLevel, startedAt, now, pendingAt, reason,
                deterredFrom);
    }

    public ConversationState withStage(Stage nextStage, String reason) {
        return new ConversationState(nextStage, turns, intents, lastBodies, level, startedAt, lastAt, replyPendingAt, reason,
                deterredFrom);
    }

    public ConversationState withReplyAt(Instant at) {
        return new ConversationState(stage, turns, intents, lastBodies, level, startedAt, lastAt, at, lastReason, deterredFrom);
    }

    public ConversationState withDeterredFrom(String number) {
        return new ConversationState(stage, turns, intents, lastBodies, level, startedAt, lastAt, replyPendingAt, lastReason,
                number);
    }
}
