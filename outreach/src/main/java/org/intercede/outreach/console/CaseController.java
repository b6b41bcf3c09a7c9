package org.intercede.outreach.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.cases.CaseStatus;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.ConsoleUser;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * One case: the page, the parts the script refreshes live, and the actions (reply, note, label, status,
 * assign, reveal). Actions answer JSON: {@code {"ok": true}} or 400 {@code {"error": "..."}}. A case this user
 * may not open is a 404, whether or not it exists.
 */
@Controller("/console/cases")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CaseController {
    private final CaseDesk desk;
    private final CaseView views;
    private final Clock clock;

    public CaseController(CaseDesk desk, CaseView views, Clock clock) {
        this.desk = desk;
        this.views = views;
        this.clock = clock;
    }

    @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
    @View("console/case")
    Map<String, Object> page(HttpRequest<?> request, @PathVariable String id) {
        SupportCase c = open(request, id);
        Map<String, Object> model = ConsoleModel.page(request, "Case", "inbox");
        model.putAll(views.model(ConsoleRequest.user(request), c));
        return model;
    }

    @Get(value = "/{id}/thread", produces = MediaType.TEXT_HTML)
    @View("console/case-thread")
    Map<String, Object> thread(HttpRequest<?> request, @PathVariable String id) {
        return views.model(ConsoleRequest.user(request), openQuietly(request, id));
    }

    @Get(value = "/{id}/panel", produces = MediaType.TEXT_HTML)
    @View("console/case-panel")
    Map<String, Object> panel(HttpRequest<?> request, @PathVariable String id) {
        Map<String, Object> model = views.model(ConsoleRequest.user(request), openQuietly(request, id));
        model.put("csrf", ConsoleRequest.session(request).csrfToken());
        return model;
    }

    @Post(value = "/{id}/reply", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> reply(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        desk.reply(ConsoleRequest.user(request), openQuietly(request, id), form.get("text"));
        return Map.of("ok", true, "reset", true);
    }

    @Post(value = "/{id}/notes", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> note(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        desk.note(ConsoleRequest.user(request), openQuietly(request, id), form.get("text"));
        return Map.of("ok", true, "reset", true);
    }

    @Post(value = "/{id}/labels", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> label(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        desk.label(ConsoleRequest.user(request), openQuietly(request, id), form.get("label"),
                !"remove".equals(form.get("action")));
        return Map.of("ok", true, "reset", true);
    }

    @Post(value = "/{id}/status", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> status(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        CaseStatus status = CaseStatus.parse(form.get("status"));
        java.time.Instant until = null;
        String snooze = form.get("until");
        if (status == CaseStatus.SNOOZED) {
            if (snooze == null || snooze.isBlank()) {
                throw new IllegalArgumentException("Choose a time to snooze until.");
            }
            ZoneId zone = zone(form.get("zone"));
            until = LocalDateTime.parse(snooze).atZone(zone).toInstant();
        }
        desk.status(ConsoleRequest.user(request), openQuietly(request, id), status, until, clock.instant());
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/assign", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> assign(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        String to = form.get("to");
        desk.assign(ConsoleRequest.user(request), openQuietly(request, id), to == null || to.isBlank() ? null : to);
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/reveal", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> reveal(HttpRequest<?> request, @PathVariable String id) {
        return Map.of("ok", true, "number", desk.reveal(ConsoleRequest.user(request), openQuietly(request, id)));
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    @Error
    HttpResponse<Map<String, String>> badTime(HttpRequest<?> request, java.time.format.DateTimeParseException e) {
        return HttpResponse.badRequest(Map.of("error", "That time cannot be read; use the date and time picker."));
    }

    @Error
    HttpResponse<Map<String, String>> missing(HttpRequest<?> request, NoSuchCaseException e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.NOT_FOUND).body(Map.of("error", "No such case."));
    }

    private SupportCase open(HttpRequest<?> request, String id) {
        return desk.open(ConsoleRequest.user(request), id).orElseThrow(NoSuchCaseException::new);
    }

    /** Fragments and actions check access like the page but are not audited as views (the page was). */
    private SupportCase openQuietly(HttpRequest<?> request, String id) {
        ConsoleUser user = ConsoleRequest.user(request);
        return views.find(user, id).orElseThrow(NoSuchCaseException::new);
    }

    private static ZoneId zone(String name) {
        try {
            return name == null || name.isBlank() ? ZoneId.of("UTC") : ZoneId.of(name);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    static final class NoSuchCaseException extends RuntimeException {
        NoSuchCaseException() {
            super("no such case", null, false, false);
        }
    }
}
