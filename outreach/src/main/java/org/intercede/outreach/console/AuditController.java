package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.console.audit.AuditEntry;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The audit log, newest first, for supervisors: who viewed or did what, and when. Reading it is audited too. */
@Controller("/console/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AuditController {
    private static final int PAGE = 100;
    private final AuditLog audit;
    private final CaseRows rows;

    public AuditController(AuditLog audit, CaseRows rows) {
        this.audit = audit;
        this.rows = rows;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/audit")
    Map<String, Object> page(HttpRequest<?> request, @QueryValue Optional<String> before) {
        String reader = ConsoleRequest.requireRole(request, Role.SUPERVISOR).id();
        audit.append(reader, "read-audit", null, null);
        Map<String, String> names = rows.staffNames();
        List<AuditEntry> entries = audit.page(before.filter(b -> b.matches("\\d+-\\d+")).orElse(null), PAGE);
        Map<String, Object> model = ConsoleModel.page(request, "Audit log", "audit");
        model.put("entries", entries.stream().map(e -> Map.of(
                "when", ConsoleModel.when(e.at(), ZoneOffset.UTC) + " UTC",
                "who", AuditLog.SYSTEM.equals(e.actor()) ? "system" : names.getOrDefault(e.actor(), e.actor()),
                "action", e.action(), "target", e.target() == null ? "" : e.target(),
                "detail", e.detail() == null ? "" : e.detail(),
                "caseLink", e.target() != null && e.target().matches("[0-9a-f]{32}"))).toList());
        model.put("older", entries.size() == PAGE ? entries.get(entries.size() - 1).id() : "");
        return model;
    }
}
