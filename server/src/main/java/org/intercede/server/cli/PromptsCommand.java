package org.intercede.server.cli;

import org.intercede.prompts.Catalog;
import org.intercede.prompts.CatalogFile;
import org.intercede.prompts.CatalogSources;
import org.intercede.prompts.CatalogValidator;
import org.intercede.prompts.CharacterIssue;
import org.intercede.prompts.Problem;
import org.intercede.prompts.PromptException;
import org.intercede.prompts.SegmentCount;
import org.intercede.prompts.SmsSegments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code intercede prompts lint|show}: the message catalog, checked and previewed without starting the app. */
@Command(name = "prompts", mixinStandardHelpOptions = true,
        description = {"Check and preview the message catalog (every word Intercede sends).",
                "Needs no Redis and starts nothing."},
        subcommands = {PromptsCommand.Lint.class, PromptsCommand.Show.class})
public class PromptsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The built-in files, or DIR's files overriding them as the running app would load them. */
    static List<CatalogFile> files(Path dir) {
        if (dir == null) {
            return CatalogSources.builtIn();
        }
        try {
            return CatalogSources.withOverrides(dir);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    @Command(name = "lint", mixinStandardHelpOptions = true,
            description = {"Validate the built-in catalog, or DIR's files overlaid on it (a file replaces the built-in",
                    "file of the same name). Prints one line per problem and exits 1 when there is any."})
    static class Lint implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "A directory of catalog files, as in INTERCEDE_PROMPTS_DIR.")
        Path dir;

        @Override
        public Integer call() {
            List<CatalogFile> files = files(dir);
            List<Problem> problems = CatalogValidator.validate(files);
            PrintWriter out = spec.commandLine().getOut();
            String what = dir == null ? "built-in catalog" : dir + " over the built-in catalog";
            if (!problems.isEmpty()) {
                problems.forEach(out::println);
                out.flush();
                spec.commandLine().getErr().println(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the " + what);
                return 1;
            }
            Catalog catalog = Catalog.load(files, what);
            out.println("OK: " + what + ", " + files.size() + " files, " + catalog.keys().size() + " messages, "
                    + catalog.personas().size() + " personas, " + catalog.jurisdictions().size() + " jurisdictions, locales "
                    + String.join(", ", catalog.locales()));
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Render a message (every variant) with its segment count, encoding and the characters that",
                    "force UCS-2. Example: prompts show caseworker.greeting --locale es --slot caseworker=Ana"})
    static class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY", description = "A message key, e.g. outreach.first or persona.jess.price.")
        String key;

        @Option(names = "--locale", defaultValue = "en", description = "Language (default: ${DEFAULT-VALUE}); a missing one falls back to en.")
        String locale;

        @Option(names = "--slot", paramLabel = "NAME=VALUE", description = "A slot value; repeat for several.")
        List<String> slots = List.of();

        @Option(names = "--dir", paramLabel = "DIR", description = "Preview with DIR's files overriding the built-in ones.")
        Path dir;

        @Override
        public Integer call() {
            Catalog catalog = Catalog.preview(files(dir));
            if (!catalog.has(key)) {
                throw new UsageError("unknown message key '" + key + "'; ./intercede prompts lint checks the catalog");
            }
            List<String> texts;
            try {
                texts = catalog.renderAll(key, locale, slotValues());
            } catch (PromptException e) {
                throw new UsageError(e.getMessage() + " (--slot NAME=VALUE)");
            }
            PrintWriter out = spec.commandLine().getOut();
            String actual = catalog.localeFor(key, locale);
            out.println(key + " (" + actual + (actual.equals(locale) ? "" : ", falling back from " + locale) + "), "
                    + texts.size() + (texts.size() == 1 ? " variant" : " variants"));
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                SegmentCount count = SmsSegments.count(text);
                out.println();
                out.println("[" + (i + 1) + "] " + text);
                out.println("    " + count.encoding() + ", " + count.characters() + " characters, " + count.segments()
                        + (count.segments() == 1 ? " segment" : " segments"));
                for (CharacterIssue issue : count.ucs2Forcing()) {
                    out.println("    '" + issue.character() + "' at " + issue.index() + " forces UCS-2: type \"" + issue.suggestion() + "\" instead");
                }
            }
            return 0;
        }

        private Map<String, String> slotValues() {
            Map<String, String> values = new LinkedHashMap<>();
            for (String slot : slots) {
                int eq = slot.indexOf('=');
                if (eq <= 0) {
                    throw new UsageError("--slot needs NAME=VALUE, got '" + slot + "'");
                }
                values.put(slot.substring(0, eq), slot.substring(eq + 1));
            }
            return values;
        }
    }
}
