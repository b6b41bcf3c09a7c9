package org.intercede.server.console;

import jakarta.inject.Singleton;
import org.intercede.bot.report.BotReport;
import org.intercede.bot.report.ReportRow;
import org.intercede.outreach.console.DashboardFigures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The deterrence bot's totals on the supervisors' dashboard, from its report (UTC days, today included). */
@Singleton
public class BotDashboardFigures implements DashboardFigures {
    private final BotReport report;
    private final Clock clock;

    public BotDashboardFigures(BotReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @Override
    public String title() {
        return "Deterrence bot";
    }

    @Override
    public Map<String, Long> figures(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ReportRow> rows = report.rows(today.minusDays(days - 1L), today);
        ReportRow total = rows.get(rows.size() - 1);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("Conversations", total.count("conversations"));
        figures.put("Deterred: standard", total.count("deterrence_standard"));
        figures.put("Deterred: underage", total.count("deterrence_underage"));
        figures.put("Deterred: repeat", total.count("deterrence_repeat"));
        figures.put("Replies after", total.repliesAfterDeterrence());
        figures.put("Landing visits", total.count("landing_visits"));
        figures.put("Opt-outs", total.count("opt_outs"));
        return figures;
    }
}
