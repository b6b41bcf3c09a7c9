package org.intercede.bot.simulate;

import org.intercede.bot.engine.BotEngine;
import org.intercede.bot.engine.PlannedReply;
import org.intercede.bot.policy.BotSettings;
import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.prompts.Catalog;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.NumbersSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversation tests as data: each YAML file under {@code conversations/} is a script of buyer messages (and
 * supervisor actions) with the reply kinds and levels expected, run through the real bot (classifier,
 * policy, catalog) on a virtual clock.
 */
class ConversationScriptsTest {
    private static final String BUYER = "+14255550171";
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final BuyerClassifier CLASSIFIER = BuyerClassifier.load();
    private static final LanguageDetector LANGUAGES = LanguageDetector.load();
    private static final NumberRegistry NUMBERS = new NumberRegistry(new NumbersSettings(null));

    @TestFactory
    Stream<DynamicTest> everyScriptPlaysAsWritten() throws IOException, URISyntaxException {
        Path dir = Path.of(ConversationScriptsTest.class.getResource("/org/intercede/bot/conversations").toURI());
        List<Path> scripts;
        try (Stream<Path> files = Files.list(dir)) {
            scripts = files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        assertThat(scripts).hasSizeGreaterThanOrEqualTo(9);
        return scripts.stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> play(path)));
    }

    @SuppressWarnings("unchecked")
    private static void play(Path path) {
        Map<String, Object> script;
        try (InputStream in = Files.newInputStream(path)) {
            script = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> settings = (Map<String, Object>) script.getOrDefault("settings", Map.of());
        BotSettings bot = new BotSettings(null, null, null, null, null, (String) settings.get("deliver-from"),
                null, null, null, null, null, null, null);
        BotEngine engine = new BotEngine(bot, () -> CATALOG, CLASSIFIER, LANGUAGES, NUMBERS, new SplittableRandom(7));
        SimulationRunner runner = new SimulationRunner(engine, () -> CATALOG, NUMBERS, Instant.parse("2026-03-01T20:00:00Z"));
        Instant last = Instant.parse("2026-03-01T20:00:00Z");
        int index = 0;
        for (Map<String, Object> step : (List<Map<String, Object>>) script.get("steps")) {
            index++;
            String where = path.getFileName() + " step " + index;
            Instant at = step.containsKey("at") ? Instant.parse(step.get("at").toString()) : null;
            if (step.containsKey("operator")) {
                Instant when = at != null ? at : last.plusSeconds(30);
                if ("takeover".equals(step.get("operator"))) {
                    runner.takeOver(BUYER, null, when);
                } else {
                    runner.handBack(BUYER, null, when);
                }
                continue;
            }
            SimulatedTurn turn = runner.run(new SimulatedMessage(BUYER, null, step.get("buyer").toString(), at));
            last = at != null ? at : last.plusSeconds(60);
            List<String> expected = (List<String>) step.get("replies");
            List<String> actual = new ArrayList<>();
            for (PlannedReply reply : turn.replies()) {
                actual.add(reply.level() == null ? reply.kind() : reply.kind() + "/" + reply.level().label());
            }
            assertThat(actual).as("%s: \"%s\" read as %s (%s)", where, step.get("buyer"), turn.intent(), turn.reason())
                    .containsExactlyElementsOf(expected);
            if (step.containsKey("sender")) {
                NumberRole role = NumberRole.parse(step.get("sender").toString());
                for (PlannedReply reply : turn.replies()) {
                    assertThat(NUMBERS.find(reply.from()).orElseThrow().role()).as("%s: sender", where).isEqualTo(role);
                }
            }
            for (Object forbidden : (List<Object>) step.getOrDefault("body_not_containing", List.of())) {
                for (PlannedReply reply : turn.replies()) {
                    assertThat(reply.body().toLowerCase()).as("%s: reply text", where).doesNotContain(forbidden.toString());
                }
            }
        }
    }
}
