package org.intercede.server.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.intercede.server.cli.UsageError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure speed on this machine (CONTRACTS.md). Results go to BENCHMARKS.md by hand,",
                "with the machine they ran on."})
public class BenchCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "TARGET", defaultValue = "all",
            description = "What to measure: ${COMPLETION-CANDIDATES} (default all).", completionCandidates = Targets.class)
    String target;

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds per measurement (default 5).")
    int seconds;

    @Option(names = "--json", description = "One JSON object per measurement.")
    boolean json;

    static final class Targets extends ArrayList<String> {
        Targets() {
            super(names());
        }
    }

    static List<String> names() {
        List<String> names = new ArrayList<>();
        for (BenchSuite suite : BenchSuites.all()) {
            names.add(suite.target());
        }
        names.add("all");
        return names;
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 1) {
            throw new UsageError("--seconds must be at least 1");
        }
        List<BenchSuite> chosen = new ArrayList<>();
        for (BenchSuite suite : BenchSuites.all()) {
            if (target.equals("all") || suite.target().equals(target)) {
                chosen.add(suite);
            }
        }
        if (chosen.isEmpty()) {
            throw new UsageError("unknown bench target '" + target + "'; choose one of " + names());
        }
        PrintWriter out = spec.commandLine().getOut();
        for (BenchSuite suite : chosen) {
            for (Measurement m : suite.run(Duration.ofSeconds(seconds))) {
                out.println(json ? JSON.writeValueAsString(m) : human(m));
                out.flush();
            }
            long failures = LoadClients.takeFailures();
            if (failures > 0) {
                spec.commandLine().getErr().println("bench " + suite.target() + ": " + failures
                        + " request(s) failed and were left out of the figures");
            }
        }
        return 0;
    }

    private static String human(Measurement m) {
        String line = String.format(Locale.ROOT, "%-28s %12.0f ops/s   p50 %8.3f ms   p99 %8.3f ms", m.name(), m.opsPerS(),
                m.p50Ms(), m.p99Ms());
        if (m.baseline() != null) {
            line += String.format(Locale.ROOT, "   vs %s %.0f ops/s (ratio %.2f)", m.baseline(), m.baselineOpsPerS(), m.ratio());
        }
        return line;
    }
}
