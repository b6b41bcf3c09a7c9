package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The supervisors' dashboard: outreach funnel, response times, cases, deterrence, and where it all happens. */
@Controller("/console/dashboard")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DashboardController {
    static final int DAYS = 30;
    private final DashboardData data;
    private final List<DashboardFigures> others;

    public DashboardController(DashboardData data, List<DashboardFigures> others) {
        this.data = data;
        this.others = others;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/dashboard")
    Map<String, Object> dashboard(HttpRequest<?> request) {
        ConsoleRequest.requireRole(request, Role.SUPERVISOR);
        Map<String, Object> model = ConsoleModel.page(request, "Dashboard", "dashboard");
        model.put("days", DAYS);
        model.put("funnel", Charts.bars("Outreach funnel", data.funnel(DAYS)));
        DashboardData.ResponseTimes times = data.responseTimes(DAYS);
        model.put("responseMedian", times.median());
        model.put("responseP90", times.p90());
        model.put("responseCount", times.count());
        model.put("responseChart", Charts.bars("Time to first response", times.buckets()));
        model.put("byStatus", Charts.bars("Cases by status", data.casesByStatus()));
        model.put("byLabel", Charts.bars("Cases by label", data.casesByLabel(DAYS)));
        model.put("adsByCity", Charts.bars("Ads by city", data.adsByCity(10)));
        model.put("repliesByCity", Charts.bars("Replies by city", data.repliesByCity(DAYS, 10)));
        List<Map<String, Object>> panels = new ArrayList<>();
        for (DashboardFigures figures : others) {
            panels.add(Charts.bars(figures.title(), figures.figures(DAYS)));
        }
        model.put("panels", panels);
        return model;
    }
}
