package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.cases.CaseAlerts;
import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.InboxView;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbox: tabs of cases, the list refreshed live by the page's script. */
@Controller("/console")
@ExecuteOn(TaskExecutors.BLOCKING)
public class InboxController {
    /** A page of a list: the queue order puts the cases that matter most on it. */
    private static final int LIST_LIMIT = 50;
    private final CaseStore cases;
    private final CaseRows rows;
    private final CaseAlerts alerts;

    public InboxController(CaseStore cases, CaseRows rows, CaseAlerts alerts) {
        this.cases = cases;
        this.rows = rows;
        this.alerts = alerts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/inbox")
    Map<String, Object> inbox(HttpRequest<?> request, @QueryValue Optional<String> view) {
        Map<String, Object> model = ConsoleModel.page(request, "Inbox", "inbox");
        model.putAll(list(request, view));
        return model;
    }

    @Get(value = "/fragments/inbox", produces = MediaType.TEXT_HTML)
    @View("console/inbox-list")
    Map<String, Object> fragment(HttpRequest<?> request, @QueryValue Optional<String> view) {
        return list(request, view);
    }

    private Map<String, Object> list(HttpRequest<?> request, Optional<String> requested) {
        ConsoleUser user = ConsoleRequest.user(request);
        boolean supervisor = user.role().atLeast(Role.SUPERVISOR);
        InboxView view = requested.map(InboxView::parse).orElse(InboxView.ALL);
        if (view == InboxView.FLAGGED && !supervisor) {
            view = InboxView.MINE;
        }
        List<SupportCase> shown = cases.findAll(cases.ids(view, user.id(), LIST_LIMIT)).stream()
                .filter(c -> CaseAccess.canOpen(user, c)).toList();
        Map<InboxView, Long> counts = supervisor ? cases.counts(user.id()) : cases.countsVisibleTo(user.id());
        List<Map<String, Object>> tabs = new ArrayList<>();
        for (InboxView v : InboxView.values()) {
            if (v == InboxView.FLAGGED && !supervisor) {
                continue;
            }
            Map<String, Object> tab = new HashMap<>();
            tab.put("id", v.label());
            tab.put("title", v.title());
            tab.put("count", counts.get(v));
            tab.put("current", v == view);
            tabs.add(tab);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("view", view.label());
        model.put("viewTitle", view.title());
        model.put("tabs", tabs);
        model.put("cases", rows.rows(shown));
        Long total = counts.get(view);
        model.put("more", total == null ? 0 : Math.max(0, total - shown.size()));
        model.put("alerts", openAlerts(user));
        return model;
    }

    /** Alerts whose case still waits for an answer: for supervisors all, for others the crises. */
    private List<Map<String, Object>> openAlerts(ConsoleUser user) {
        boolean supervisor = user.role().atLeast(Role.SUPERVISOR);
        List<CaseAlerts.Alert> recent = alerts.recent(50).stream()
                .filter(a -> supervisor || a.kind() == CaseAlerts.Kind.CRISIS).toList();
        Map<String, SupportCase> waiting = new HashMap<>();
        cases.findAll(recent.stream().map(CaseAlerts.Alert::caseId).distinct().toList())
                .stream().filter(c -> c.awaitingReply() && CaseAccess.canOpen(user, c))
                .forEach(c -> waiting.put(c.id(), c));
        List<Map<String, Object>> shown = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (CaseAlerts.Alert a : recent) {
            if (waiting.containsKey(a.caseId()) && seen.add(a.caseId())) {
                shown.add(Map.of("kind", a.kind().label(), "caseId", a.caseId()));
            }
        }
        return shown;
    }
}
