package org.intercede.bot.engine;

import org.intercede.bot.policy.Decision;
import org.intercede.nlp.buyer.BuyerReading;

import java.util.List;

/** One buyer message handled: what it was read as, what was decided and why, and the replies planned. */
public record BotTurn(BuyerReading reading, String language, Decision decision, List<PlannedReply> replies) {
}
