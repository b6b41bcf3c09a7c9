package org.intercede.server.bench;

import java.time.Duration;

/** Runs an operation on one thread for a while, after a warm-up, and times each call. */
public final class Loop {
    private static final int MAX_SAMPLES = 20_000_000;

    private Loop() {
    }

    public interface Operation {
        void run(long i) throws Exception;
    }

    public static Timing run(Duration warmUp, Duration duration, Operation operation) throws Exception {
        long warmUpEnd = System.nanoTime() + warmUp.toNanos();
        for (long i = 0; System.nanoTime() < warmUpEnd; i++) {
            operation.run(i);
        }
        long[] latencies = new long[1 << 16];
        int count = 0;
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long now = start;
        while (now < end && count < MAX_SAMPLES) {
            operation.run(count);
            long after = System.nanoTime();
            if (count == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[count++] = after - now;
            now = after;
        }
        return Timing.of(latencies, count, now - start);
    }
}
