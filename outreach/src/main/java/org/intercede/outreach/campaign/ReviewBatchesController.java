package org.intercede.outreach.campaign;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.List;
import java.util.Map;

/** The review gate over HTTP, under the admin token: batches waiting, and their approval. */
@Controller("/api/admin/outreach/batches")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ReviewBatchesController {
    private final ReviewBatches batches;
    private final Campaigns.Settings campaigns;

    public ReviewBatchesController(ReviewBatches batches, Campaigns.Settings campaigns) {
        this.batches = batches;
        this.campaigns = campaigns;
    }

    @Get
    List<ReviewBatches.Batch> pending() {
        return batches.pending();
    }

    @Post("/{id}/approve")
    Map<String, Object> approve(@PathVariable String id) {
        return Map.of("batch", id, "queued", batches.approve(id, campaigns));
    }

    @Error
    HttpResponse<Map<String, String>> bad(IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }
}
