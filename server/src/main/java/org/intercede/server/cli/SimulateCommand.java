package org.intercede.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.intercede.bot.engine.BotEngine;
import org.intercede.bot.engine.PlannedReply;
import org.intercede.bot.policy.BotSettings;
import org.intercede.bot.simulate.SimulatedMessage;
import org.intercede.bot.simulate.SimulatedTurn;
import org.intercede.bot.simulate.SimulationRunner;
import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.prompts.Catalog;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumbersSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run the real deterrence bot on buyer messages, with a throw-away store and a virtual clock.",
                "Input (stdin): one JSON object per line: {\"from\": \"+12065550100\", \"to\": \"+1...\", \"body\": \"...\",",
                "\"at\": \"2026-01-01T20:00:00Z\"}; \"to\" defaults to the first decoy number (INTERCEDE_NUMBERS_FILE),",
                "\"at\" to one minute after the previous line.",
                "Output (stdout): one JSON object per line: from, body, intent, underage, replies [{kind, level, body}],",
                "with every reply the message causes, later ones included; nothing is waited for.",
                "A line that cannot be read gets {\"error\": ...} and the exit code is 2."})
public class SimulateCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    /** Standard input unless a test sets another. */
    InputStream in = System.in;

    @Override
    public Integer call() throws Exception {
        QuietLibraries.opennlp();
        // The three loads are independent and together most of the start: run them side by side.
        CompletableFuture<Catalog> catalogs = CompletableFuture.supplyAsync(Catalog::builtIn);
        CompletableFuture<BuyerClassifier> classifiers = CompletableFuture.supplyAsync(BuyerClassifier::load);
        CompletableFuture<LanguageDetector> languages = CompletableFuture.supplyAsync(LanguageDetector::load);
        NumberRegistry numbers = new NumberRegistry(new NumbersSettings(System.getenv("INTERCEDE_NUMBERS_FILE")));
        Catalog catalog = catalogs.join();
        BotEngine engine = new BotEngine(BotSettings.defaults(), () -> catalog, classifiers.join(), languages.join(),
                numbers, new SplittableRandom());
        SimulationRunner runner = new SimulationRunner(engine, () -> catalog, numbers, Instant.now());
        boolean[] bad = {false};
        JsonLines.each(in, spec.commandLine().getOut(), line -> {
            try {
                return output(runner.run(parse(line)));
            } catch (IllegalArgumentException e) {
                bad[0] = true;
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("error", e.getMessage());
                return error;
            }
        });
        return bad[0] ? 2 : 0;
    }

    private static SimulatedMessage parse(String line) {
        if (line.isBlank()) {
            throw new IllegalArgumentException("empty line");
        }
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        Instant at = null;
        if (node.hasNonNull("at")) {
            try {
                at = Instant.parse(node.get("at").asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("\"at\" must be an ISO-8601 instant such as 2026-01-01T20:00:00Z");
            }
        }
        return new SimulatedMessage(text(node, "from"), text(node, "to"), text(node, "body"), at);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static Map<String, Object> output(SimulatedTurn turn) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", turn.from());
        out.put("body", turn.body());
        out.put("intent", turn.intent());
        out.put("underage", turn.underage());
        List<Map<String, Object>> replies = new ArrayList<>();
        for (PlannedReply reply : turn.replies()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", reply.kind());
            r.put("level", reply.level() == null ? null : reply.level().label());
            r.put("body", reply.body());
            r.put("from", reply.from());
            r.put("after_seconds", reply.delay().toSeconds());
            replies.add(r);
        }
        out.put("replies", replies);
        out.put("reason", turn.reason());
        return out;
    }
}
