package org.intercede.server.cli;

import org.intercede.nlp.triage.ReplyTriage;
import org.intercede.nlp.triage.TriageReading;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Triage replies to outreach texts, crisis first, as JSON lines.",
                "Reads one reply per line on standard input (UTF-8) and writes one JSON object per line, in order: "
                        + "{\"text\", \"label\", \"confidence\", \"urgent\"} (CONTRACTS.md). An empty line gives "
                        + "label \"other\" with confidence 0. No Redis, no network."})
public class TriageCommand extends LineCommand {

    @Override
    Function<String, Map<String, Object>> reader() {
        ReplyTriage triage = ReplyTriage.load();
        return text -> {
            TriageReading reading = triage.read(text);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("text", text);
            json.put("label", reading.label());
            json.put("confidence", reading.confidence());
            json.put("urgent", reading.urgent());
            return json;
        };
    }
}
