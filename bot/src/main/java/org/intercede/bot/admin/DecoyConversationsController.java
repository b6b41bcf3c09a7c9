package org.intercede.bot.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.intercede.bot.live.Takeovers;

import java.util.Map;

/** Operator takeover of decoy conversations, under the admin token ({@code /api/admin/**}). */
@Controller("/api/admin/bot/conversations/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DecoyConversationsController {
    private final Takeovers takeovers;

    public DecoyConversationsController(Takeovers takeovers) {
        this.takeovers = takeovers;
    }

    @Post("/takeover")
    Map<String, String> takeOver(@PathVariable String id) {
        takeovers.takeOver(id);
        return Map.of("conversation", id, "stage", "taken_over");
    }

    @Post("/handback")
    Map<String, String> handBack(@PathVariable String id) {
        takeovers.handBack(id);
        return Map.of("conversation", id, "stage", "chatting");
    }

    /** {@code {"body": "..."}}: sent from the decoy number. */
    @Post("/messages")
    HttpResponse<Map<String, String>> send(@PathVariable String id, @Body Map<String, String> message) {
        String messageId = takeovers.send(id, message.get("body")).id();
        return HttpResponse.accepted().body(Map.of("conversation", id, "message", messageId));
    }

    @Error
    HttpResponse<Map<String, String>> bad(IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }
}
