package org.intercede.bot.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.intercede.bot.report.BotReport;
import org.intercede.bot.report.ReportRow;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The bot's figures: {@code GET /api/admin/bot/report?from=2026-11-01&to=2026-11-30[&format=csv]}. */
@Controller("/api/admin/bot/report")
@ExecuteOn(TaskExecutors.BLOCKING)
public class BotReportController {
    private final BotReport report;

    public BotReportController(BotReport report) {
        this.report = report;
    }

    @Get
    HttpResponse<?> report(@QueryValue String from, @QueryValue String to, @Nullable @QueryValue String format) {
        List<ReportRow> rows = report.rows(day(from, "from"), day(to, "to"));
        if ("csv".equals(format)) {
            return HttpResponse.ok(BotReport.csv(rows)).contentType(MediaType.of("text/csv"));
        }
        return HttpResponse.ok(Map.of("from", from, "to", to, "rows", rows.stream().map(BotReport::columns).toList()));
    }

    private static LocalDate day(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date such as 2026-11-01");
        }
    }

    @Error
    HttpResponse<Map<String, String>> bad(IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }
}
