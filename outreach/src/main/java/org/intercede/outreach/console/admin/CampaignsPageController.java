package org.intercede.outreach.console.admin;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.intercede.outreach.campaign.Campaign;
import org.intercede.outreach.campaign.Campaigns;
import org.intercede.outreach.campaign.OutreachPlanner;
import org.intercede.outreach.campaign.ReviewBatches;
import org.intercede.outreach.console.ConsoleModel;
import org.intercede.outreach.console.auth.ConsoleRequest;
import org.intercede.outreach.console.auth.Role;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Campaigns, for admins: each campaign of the campaigns file with its variants' figures, and the review gate
 * (batches held for approval, each with an Approve button).
 */
@Controller("/console/admin/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CampaignsPageController {
    private final Campaigns.Settings settings;
    private final OutreachPlanner planner;
    private final ReviewBatches batches;
    private final CampaignDesk desk;
    private final Clock clock;

    public CampaignsPageController(Campaigns.Settings settings, OutreachPlanner planner, ReviewBatches batches,
                                   CampaignDesk desk, Clock clock) {
        this.settings = settings;
        this.planner = planner;
        this.batches = batches;
        this.desk = desk;
        this.clock = clock;
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("console/admin/campaigns")
    Map<String, Object> page(HttpRequest<?> request) {
        return AdminPages.page(request, "Campaigns", "campaigns", body(request));
    }

    @Get(value = "/body", produces = MediaType.TEXT_HTML)
    @View("console/admin/campaigns-body")
    Map<String, Object> body(HttpRequest<?> request) {
        ConsoleRequest.requireRole(request, Role.ADMIN);
        Map<String, Object> model = new HashMap<>();
        model.put("file", settings.file() == null || settings.file().isBlank() ? "" : settings.file());
        model.put("batches", batches.pending().stream().map(this::batch).toList());
        try {
            model.put("campaigns", Campaigns.all(settings).stream().map(this::campaign).toList());
            model.put("problem", "");
        } catch (IllegalArgumentException e) {
            model.put("campaigns", List.of());
            model.put("problem", e.getMessage());
        }
        return model;
    }

    @Post(value = "/batches/{id}/approve", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    Map<String, Object> approve(HttpRequest<?> request, @PathVariable String id) {
        int queued = desk.approve(ConsoleRequest.requireRole(request, Role.ADMIN), id);
        return Map.of("ok", true, "shown", "Approved: " + queued + (queued == 1 ? " offer" : " offers")
                + " queued, each for its texting hours.");
    }

    @Error
    HttpResponse<Map<String, String>> badInput(HttpRequest<?> request, IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> campaign(Campaign c) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", c.name());
        row.put("message", c.message());
        row.put("numbers", c.numbers().isEmpty() ? "every active outreach number" : String.join(", ", c.numbers()));
        row.put("dailyCap", c.dailyCap());
        row.put("variants", c.variants().isEmpty() ? "all"
                : String.join(", ", c.variants().stream().map(v -> Integer.toString(v + 1)).toList()));
        row.put("review", c.review());
        row.put("figures", planner.variantFigures(c.name()).stream().map(f -> Map.of("variant", f.variant() + 1,
                "sent", f.sent(), "replies", f.replies(),
                "rate", String.format(Locale.ROOT, "%.1f%%", 100 * f.replyRate()))).toList());
        return row;
    }

    private Map<String, Object> batch(ReviewBatches.Batch b) {
        return Map.of("id", b.id(), "campaign", b.campaign(), "offers", b.offers(),
                "planned", ConsoleModel.when(b.planned(), ZoneOffset.UTC) + " UTC",
                "ago", ConsoleModel.ago(b.planned(), clock.instant()));
    }
}
