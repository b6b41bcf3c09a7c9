package org.intercede.bot.simulate;

import java.time.Instant;

/** One line of {@code simulate}'s input. {@code to} and {@code at} may be null: defaults apply. */
public record SimulatedMessage(String from, String to, String body, Instant at) {
}
