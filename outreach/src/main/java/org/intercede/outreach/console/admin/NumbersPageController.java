package org.intercede.outreach.console.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.Jurisdiction;
import org.intercede.prompts.Persona;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Our phone numbers, for admins: the list with each one's role, and adding one or burning one. */
@Controller("/console/admin/numbers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NumbersPageController {
    private final NumberRegistry registry;
    private final NumberDesk desk;
    private final PromptCatalog prompts;

    public NumbersPageController(NumberRegistry registry, NumberDesk desk, PromptCatalog prompts) {
        this.registry = registry;
        this.desk = desk;
        this.prompts = prompts;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/admin/numbers")
    Map<String, Object> page(HttpRequest<?> request) {
        Map<String, Object> model = AdminPages.page(request, "Numbers", "numbers", list(request));
        Catalog catalog = prompts.current();
        model.put("roles", Arrays.stream(NumberRole.values()).map(NumberRole::label).toList());
        model.put("personas", catalog.personas().stream().map(Persona::id).toList());
        model.put("jurisdictions", catalog.jurisdictions().stream().map(Jurisdiction::id).toList());
        model.put("locales", catalog.locales());
        return model;
    }

    @Get(value = "/list", produces = MediaType.TEXT_HTML)
    @View("console/admin/numbers-list")
    Map<String, Object> list(HttpRequest<?> request) {
        ConsoleRequest.requireRole(request, Role.ADMIN);
        Map<String, Object> model = new HashMap<>();
        model.put("numbers", registry.all().stream().map(NumbersPageController::row).toList());
        return model;
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> add(HttpRequest<?> request, @Body Map<String, String> form) {
        OwnedNumber added = desk.add(ConsoleRequest.requireRole(request, Role.ADMIN), form);
        return Map.of("ok", true, "reset", true, "shown", "Added " + added.number() + " as " + added.role().label() + ".");
    }

    @Post(value = "/burn", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> burn(HttpRequest<?> request, @Body Map<String, String> form) {
        OwnedNumber burned = desk.burn(ConsoleRequest.requireRole(request, Role.ADMIN), form.get("number"), form.get("confirm"));
        return Map.of("ok", true, "shown", "Burned " + burned.number() + ": it never sends again.");
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private static Map<String, Object> row(OwnedNumber n) {
        Map<String, Object> row = new HashMap<>();
        row.put("number", n.number());
        row.put("key", n.number().substring(1));
        row.put("role", n.role().label());
        row.put("label", n.label() == null ? "" : n.label());
        row.put("persona", n.persona() == null ? "" : n.persona());
        row.put("jurisdiction", n.jurisdiction() == null ? "default" : n.jurisdiction());
        row.put("locale", n.localeOrDefault());
        row.put("pool", n.pool() == null ? "" : n.pool());
        row.put("burned", n.burned());
        return row;
    }
}
