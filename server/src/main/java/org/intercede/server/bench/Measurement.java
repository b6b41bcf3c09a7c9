package org.intercede.server.bench;

/**
 * One line of {@code bench --json} (CONTRACTS.md). {@code baseline} names what was measured beside it in
 * the same run (a bare endpoint, a plain library call); {@code ratio} is opsPerS / baselineOpsPerS.
 */
public record Measurement(String name, double opsPerS, double p50Ms, double p99Ms,
                          String baseline, Double baselineOpsPerS, Double ratio) {

    public static Measurement of(String name, Timing timing) {
        return new Measurement(name, timing.opsPerS(), timing.p50Ms(), timing.p99Ms(), null, null, null);
    }

    public static Measurement against(String name, Timing timing, String baseline, Timing base) {
        return new Measurement(name, timing.opsPerS(), timing.p50Ms(), timing.p99Ms(), baseline, base.opsPerS(),
                base.opsPerS() == 0 ? null : timing.opsPerS() / base.opsPerS());
    }
}
