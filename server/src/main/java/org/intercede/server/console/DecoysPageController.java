package org.intercede.server.console;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.intercede.bot.live.RecentConversations;
import org.intercede.outreach.console.ConsoleModel;
import org.intercede.outreach.console.admin.AdminPages;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.phone.PhoneNumbers;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Recent decoy conversations, for admins, with Take over / Hand back and, while one is taken over, a box to
 * write in it as the decoy. Buyers are never shown: a conversation is its id, the decoy's number is masked.
 */
@Controller("/console/admin/decoys")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecoysPageController {
    static final int SHOWN = 100;
    private final RecentConversations recent;
    private final NumberRegistry numbers;
    private final DecoyDesk desk;
    private final Clock clock;

    public DecoysPageController(RecentConversations recent, NumberRegistry numbers, DecoyDesk desk, Clock clock) {
        this.recent = recent;
        this.numbers = numbers;
        this.desk = desk;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/admin/decoys")
    Map<String, Object> page(HttpRequest<?> request) {
        return AdminPages.page(request, "Decoys", "decoys", list(request));
    }

    @Get(value = "/list", produces = MediaType.TEXT_HTML)
    @View("console/admin/decoys-list")
    Map<String, Object> list(HttpRequest<?> request) {
        ConsoleRequest.requireRole(request, Role.ADMIN);
        Map<String, Object> model = new HashMap<>();
        model.put("conversations", recent.recent(SHOWN).stream().map(this::row).toList());
        return model;
    }

    @Post(value = "/{id}/takeover", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> takeOver(HttpRequest<?> request, @PathVariable String id) {
        desk.takeOver(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/handback", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> handBack(HttpRequest<?> request, @PathVariable String id) {
        desk.handBack(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true);
    }

    @Post(value = "/{id}/messages", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> send(HttpRequest<?> request, @PathVariable String id, @Body Map<String, String> form) {
        desk.send(ConsoleRequest.requireRole(request, Role.ADMIN), id, form.get("text"));
        return Map.of("ok", true, "reset", true);
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> row(RecentConversations.Conversation c) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("short", c.id().substring(0, 8));
        row.put("decoy", PhoneNumbers.mask(c.decoy()));
        row.put("label", numbers.find(c.decoy()).map(OwnedNumber::label).orElse(""));
        row.put("last", ConsoleModel.ago(c.lastMessage(), clock.instant()));
        row.put("when", ConsoleModel.when(c.lastMessage(), ZoneOffset.UTC) + " UTC");
        row.put("stage", c.stage().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        row.put("takenOver", c.takenOver());
        return row;
    }
}
