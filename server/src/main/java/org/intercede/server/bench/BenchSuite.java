package org.intercede.server.bench;

import java.time.Duration;
import java.util.List;

/** The measurements of one {@code bench} target (gateway, nlu, extract). */
public interface BenchSuite {

    /** The name given on the command line. */
    String target();

    List<Measurement> run(Duration perMeasurement) throws Exception;
}
