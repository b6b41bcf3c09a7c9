package org.intercede.server.simulator;

import io.micronaut.core.annotation.Introspected;

/** A text typed on the simulator's phone: {@code from} the made-up phone, {@code to} one of our numbers. */
@Introspected
public record SimulatedText(String from, String to, String body) {
}
