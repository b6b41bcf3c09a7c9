package org.intercede.bot.simulate;

import org.intercede.bot.engine.PlannedReply;

import java.util.List;

/** One line of {@code simulate}'s output: the buyer's message, how it was read, and every reply it causes. */
public record SimulatedTurn(String from, String body, String intent, boolean underage, List<PlannedReply> replies,
                           String reason) {
}
