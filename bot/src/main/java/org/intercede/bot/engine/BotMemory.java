package org.intercede.bot.engine;

import org.intercede.bot.policy.ConversationState;

import java.time.Instant;
import java.util.Optional;

/**
 * What the bot remembers between messages: Redis for the live bot, a map for {@code simulate}. Buyers are
 * identified here by a key that reveals no number (the keyed hash, in the live bot).
 */
public interface BotMemory {

    Optional<ConversationState> conversation(String conversationKey);

    void save(String conversationKey, ConversationState state);

    /** When this buyer was last deterred by any decoy, within the retention. */
    Optional<Instant> lastDeterred(String buyerKey);

    void deterred(String buyerKey, Instant at);

    /** Whether this one of our numbers has already texted this buyer. */
    boolean hasSeen(String buyerKey, String ourNumber);

    void seen(String buyerKey, String ourNumber);
}
