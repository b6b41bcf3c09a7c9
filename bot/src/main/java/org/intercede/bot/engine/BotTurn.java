package org.intercede.bot.engine;

import org.intercede.bot.policy.ConversationState;
import org.intercede.bot.policy.Decision;
import org.intercede.nlp.buyer.BuyerReading;

import java.util.List;

/**
 * One buyer message handled: what it was read as, what was decided and why, and the replies planned.
 *
 * @param before the conversation before this message (null: the first), for the figures
 */
public record BotTurn(BuyerReading reading, String language, Decision decision, List<PlannedReply> replies,
                      ConversationState before, String persona, String jurisdiction) {
}
