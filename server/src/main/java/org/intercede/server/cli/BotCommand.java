package org.intercede.server.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import org.intercede.bot.report.BotReport;
import org.intercede.bot.report.ReportRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

@Command(name = "bot", mixinStandardHelpOptions = true, description = "The deterrence bot's figures.",
        subcommands = {BotCommand.Report.class})
public class BotCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = {"Per day and decoy (persona, jurisdiction), then totals: conversations, messages, deterrences",
                    "by level, mean messages before a deterrence, share showing interest in a minor, replies after",
                    "deterrence (by intent), landing-page visits, opt-outs. JSON lines, or CSV with --csv."})
    static class Report implements Runnable {
        private static final ObjectMapper JSON = new ObjectMapper();
        @Spec
        CommandSpec spec;
        @Option(names = "--from", required = true, description = "first day, e.g. 2026-11-01 (UTC)")
        String from;
        @Option(names = "--to", required = true, description = "last day, included")
        String to;
        @Option(names = "--csv", description = "CSV with a header line instead of JSON lines")
        boolean csv;

        @Override
        public void run() {
            LocalDate first = day(from, "--from");
            LocalDate last = day(to, "--to");
            try (ApplicationContext context = StoreContext.open()) {
                List<ReportRow> rows;
                try {
                    rows = context.getBean(BotReport.class).rows(first, last);
                } catch (IllegalArgumentException e) {
                    throw new UsageError(e.getMessage());
                }
                PrintWriter out = spec.commandLine().getOut();
                if (csv) {
                    out.print(BotReport.csv(rows));
                } else {
                    for (ReportRow row : rows) {
                        out.println(JSON.writeValueAsString(BotReport.columns(row)));
                    }
                }
                out.flush();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private static LocalDate day(String value, String option) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new UsageError(option + " must be a date such as 2026-11-01");
            }
        }
    }
}
