package org.intercede.server.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * A batch command that reads one text per line and answers each with one JSON object (classify, triage):
 * the subclass loads its model and says how to read a line; the contract of the loop is in {@link JsonLines}.
 */
abstract class LineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Standard input unless a test sets another. */
    InputStream in = System.in;

    /** Loads the model once and returns how one line becomes one JSON object (fields in insertion order). */
    abstract Function<String, Map<String, Object>> reader();

    @Override
    public Integer call() throws Exception {
        QuietLibraries.opennlp();
        JsonLines.each(in, spec.commandLine().getOut(), reader());
        return 0;
    }
}
