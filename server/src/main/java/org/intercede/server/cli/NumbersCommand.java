package org.intercede.server.cli;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.numbers.NumberEntries;
import org.intercede.sms.numbers.NumberOverlay;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.OwnedNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

@Command(name = "numbers", mixinStandardHelpOptions = true,
        description = {"Our phone numbers and their roles: the numbers file (INTERCEDE_NUMBERS_FILE) plus those added",
                "or burned at run time, which every running process picks up within seconds."},
        subcommands = {NumbersCommand.ListNumbers.class, NumbersCommand.AddNumber.class, NumbersCommand.BurnNumber.class})
public class NumbersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List every number with its role and settings.")
    static class ListNumbers implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                NumberRegistry registry = context.getBean(NumberRegistry.class);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-16s %-11s %-9s %-11s %-7s %-7s %-6s %s%n", "NUMBER", "ROLE", "PERSONA", "JURISDICTION",
                        "LOCALE", "BURNED", "FROM", "LABEL");
                for (OwnedNumber n : registry.all()) {
                    out.printf("%-16s %-11s %-9s %-11s %-7s %-7s %-6s %s%n", n.number(), n.role().label(), dash(n.persona()),
                            dash(n.jurisdiction()), dash(n.locale()), n.burned() ? "yes" : "no",
                            registry.inFile(n.number()) ? "file" : "added", n.label());
                }
                out.flush();
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a number, or change one.")
    static class AddNumber implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NUMBER", description = "E.164, e.g. +12065550100")
        String number;
        @Option(names = "--role", required = true, description = "decoy, deterrence, outreach or test")
        String role;
        @Option(names = "--label")
        String label;
        @Option(names = "--persona", description = "decoys: a persona of the catalog")
        String persona;
        @Option(names = "--jurisdiction", description = "us-federal, us-wa, gb-eng-wls, fr, or another of the catalog")
        String jurisdiction;
        @Option(names = "--locale", description = "en, es or fr")
        String locale;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                Map<String, String> entry = new HashMap<>();
                entry.put("number", number);
                entry.put("role", role);
                entry.put("label", label);
                entry.put("persona", persona);
                entry.put("jurisdiction", jurisdiction);
                entry.put("locale", locale);
                OwnedNumber added;
                try {
                    added = context.getBean(NumberOverlay.class).put(context.getBean(NumberEntries.class).checked(entry));
                } catch (IllegalArgumentException e) {
                    throw new UsageError(e.getMessage());
                }
                spec.commandLine().getOut().println("added " + added.number() + " as " + added.role().label());
            }
        }
    }

    @Command(name = "burn", mixinStandardHelpOptions = true, description = "Mark a number burned: it never sends again.")
    static class BurnNumber implements Runnable {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NUMBER")
        String number;

        @Override
        public void run() {
            try (ApplicationContext context = StoreContext.open()) {
                OwnedNumber burned;
                try {
                    burned = context.getBean(NumberOverlay.class).burn(context.getBean(NumberEntries.class).e164(number));
                } catch (IllegalArgumentException e) {
                    throw new UsageError(e.getMessage());
                }
                spec.commandLine().getOut().println("burned " + burned.number() + " (" + burned.label() + "): it will not send again");
            }
        }
    }

    private static String dash(String value) {
        return value == null ? "-" : value;
    }
}
