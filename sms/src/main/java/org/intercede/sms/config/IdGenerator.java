package org.intercede.sms.config;

import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Ids that sort by creation time: 12 hex digits of milliseconds then 20 random hex digits (80 bits, so
 * ids made by several processes in the same millisecond do not collide).
 */
@Singleton
public class IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public IdGenerator(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        return String.format("%012x", clock.millis()) + HexFormat.of().formatHex(bytes);
    }
}
