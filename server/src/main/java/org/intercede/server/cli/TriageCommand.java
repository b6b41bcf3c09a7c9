package org.intercede.server.cli;

import org.intercede.nlp.triage.ReplyTriage;
import org.intercede.nlp.triage.TriageReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Read replies to outreach texts, one per line on standard input (UTF-8), and write one JSON",
                "object per line: {\"text\", \"label\", \"confidence\", \"urgent\"} (CONTRACTS.md). An empty line",
                "gives label \"other\" with confidence 0. No Redis, no network."})
public class TriageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Standard input unless a test sets another. */
    InputStream in = System.in;

    @Override
    public Integer call() throws Exception {
        QuietLibraries.opennlp();
        ReplyTriage triage = ReplyTriage.load();
        JsonLines.each(in, spec.commandLine().getOut(), text -> {
            TriageReading reading = triage.read(text);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", text);
            json.put("label", reading.label());
            json.put("confidence", reading.confidence());
            json.put("urgent", reading.urgent());
            return json;
        });
        return 0;
    }
}
