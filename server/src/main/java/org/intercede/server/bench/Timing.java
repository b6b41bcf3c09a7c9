package org.intercede.server.bench;

import java.util.Arrays;

/** Throughput and latency percentiles of one measured loop. */
public record Timing(long operations, double seconds, double p50Ms, double p99Ms) {

    public double opsPerS() {
        return seconds == 0 ? 0 : operations / seconds;
    }

    /** From per-operation latencies in nanoseconds (any order) and the wall time they took together. */
    public static Timing of(long[] latenciesNanos, int count, long wallNanos) {
        long[] sorted = Arrays.copyOf(latenciesNanos, count);
        Arrays.sort(sorted);
        return new Timing(count, wallNanos / 1e9, percentile(sorted, 0.50), percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
