package org.intercede.server.cli;

import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.buyer.BuyerReading;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Read buyer messages, one per line on standard input (UTF-8), and write one JSON object per",
                "line: {\"text\", \"intent\", \"confidence\", \"underage\"} (CONTRACTS.md). An empty line gives",
                "intent \"other\" with confidence 0. No Redis, no network."})
public class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Standard input unless a test sets another. */
    InputStream in = System.in;

    @Override
    public Integer call() throws Exception {
        QuietLibraries.opennlp();
        BuyerClassifier classifier = BuyerClassifier.load();
        JsonLines.each(in, spec.commandLine().getOut(), text -> {
            BuyerReading reading = classifier.read(text);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", text);
            json.put("intent", reading.intent());
            json.put("confidence", reading.confidence());
            json.put("underage", reading.underage());
            return json;
        });
        return 0;
    }
}
