package org.intercede.server.cli;

import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.buyer.BuyerReading;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify buyer messages: intent and underage interest, as JSON lines.",
                "Reads one message per line on standard input (UTF-8) and writes one JSON object per line, in order: "
                        + "{\"text\", \"intent\", \"confidence\", \"underage\"} (CONTRACTS.md). An empty line gives "
                        + "intent \"other\" with confidence 0. No Redis, no network."})
public class ClassifyCommand extends LineCommand {

    @Override
    Function<String, Map<String, Object>> reader() {
        BuyerClassifier classifier = BuyerClassifier.load();
        return text -> {
            BuyerReading reading = classifier.read(text);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", text);
            json.put("intent", reading.intent());
            json.put("confidence", reading.confidence());
            json.put("underage", reading.underage());
            return json;
        };
    }
}
