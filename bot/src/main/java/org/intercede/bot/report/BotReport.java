package org.intercede.bot.report;

import jakarta.inject.Singleton;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.numbers.NumberRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Whether deterrence works, in aggregate: per day and decoy (with its persona and jurisdiction), then totals.
 * Opt-outs (STOP to a decoy) are counted per day for all decoys together: the gateway records them by role.
 */
@Singleton
public class BotReport {
    public static final List<String> COLUMNS = List.of("day", "decoy", "persona", "jurisdiction", "conversations",
            "messages", "deterrence_standard", "deterrence_underage", "deterrence_repeat", "turns_before_deterrence_mean",
            "underage_share", "replies_after_deterrence", "landing_visits", "opt_outs");
    private final BotStats stats;
    private final OptOutStore optOuts;

    public BotReport(BotStats stats, OptOutStore optOuts) {
        this.stats = stats;
        this.optOuts = optOuts;
    }

    public List<ReportRow> rows(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to is before --from");
        }
        if (from.plusDays(400).isBefore(to)) {
            throw new IllegalArgumentException("a report covers at most 400 days");
        }
        List<ReportRow> rows = new ArrayList<>();
        Map<String, Long> total = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<String, Map<String, Long>> byDecoy = new LinkedHashMap<>();
            stats.day(day).forEach((field, value) -> {
                int cut = field.indexOf(BotStats.SEPARATOR);
                byDecoy.computeIfAbsent(field.substring(cut + 1), k -> new HashMap<>())
                        .merge(field.substring(0, cut), Long.parseLong(value), Long::sum);
            });
            for (Map.Entry<String, Map<String, Long>> decoy : byDecoy.entrySet()) {
                String[] where = decoy.getKey().split("\\|", 3);
                rows.add(new ReportRow(day.toString(), where[0], where[1], where[2], decoy.getValue()));
                decoy.getValue().forEach((k, v) -> total.merge(k, v, Long::sum));
            }
            long opted = optOuts.countOn(NumberRole.DECOY, day);
            if (opted > 0) {
                rows.add(new ReportRow(day.toString(), "all", "", "", Map.of("opt_outs", opted)));
                total.merge("opt_outs", opted, Long::sum);
            }
        }
        rows.add(new ReportRow("total", "all", "", "", total));
        return rows;
    }

    /** One row as the report's columns, in order, for JSON and CSV alike. */
    public static Map<String, Object> columns(ReportRow row) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", row.day());
        out.put("decoy", row.decoy());
        out.put("persona", row.persona());
        out.put("jurisdiction", row.jurisdiction());
        out.put("conversations", row.count("conversations"));
        out.put("messages", row.count("messages"));
        out.put("deterrence_standard", row.count("deterrence_standard"));
        out.put("deterrence_underage", row.count("deterrence_underage"));
        out.put("deterrence_repeat", row.count("deterrence_repeat"));
        out.put("turns_before_deterrence_mean", round(row.turnsBeforeDeterrence()));
        out.put("underage_share", round(row.underageShare()));
        out.put("replies_after_deterrence", row.repliesAfterDeterrence());
        out.put("landing_visits", row.count("landing_visits"));
        out.put("opt_outs", row.count("opt_outs"));
        out.put("replies_after_deterrence_by_intent", row.counts().entrySet().stream()
                .filter(e -> e.getKey().startsWith("after_deterrence:"))
                .collect(Collectors.toMap(e -> e.getKey().substring("after_deterrence:".length()), Map.Entry::getValue)));
        return out;
    }

    public static String csv(List<ReportRow> rows) {
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (ReportRow row : rows) {
            Map<String, Object> values = columns(row);
            out.append(COLUMNS.stream().map(c -> String.valueOf(values.get(c))).collect(Collectors.joining(","))).append('\n');
        }
        return out.toString();
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }
}
