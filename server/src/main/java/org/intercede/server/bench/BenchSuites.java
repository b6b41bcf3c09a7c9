package org.intercede.server.bench;

import java.util.List;

/** Every bench target, in the order {@code bench all} runs them. Add a suite here when it works. */
final class BenchSuites {
    private BenchSuites() {
    }

    static List<BenchSuite> all() {
        return List.of(new GatewayBench(), new ConsoleBench(), new NluBench(), new ExtractBench());
    }
}
