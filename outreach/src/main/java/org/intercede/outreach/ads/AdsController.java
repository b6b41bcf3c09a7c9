package org.intercede.outreach.ads;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/ads}: a JSON array of ads from a collector, under its API key ({@link AdsApiKeyFilter}).
 * Every good record goes in; each bad one is reported with its index and skipped.
 */
@Controller("/api/ads")
@ExecuteOn(TaskExecutors.BLOCKING)
public class AdsController {
    private final AdIngest ingest;

    public AdsController(AdIngest ingest) {
        this.ingest = ingest;
    }

    @Post
    HttpResponse<Map<String, Object>> take(@Body List<Object> records) {
        int accepted = 0;
        int duplicates = 0;
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                if (!(records.get(i) instanceof Map<?, ?> record)) {
                    throw new IllegalArgumentException("not a JSON object");
                }
                @SuppressWarnings("unchecked")
                IngestResult result = ingest.ingest(AdReader.read((Map<String, ?>) record));
                if (result.isNew()) {
                    accepted++;
                } else {
                    duplicates++;
                }
            } catch (IllegalArgumentException e) {
                Map<String, Object> problem = new LinkedHashMap<>();
                problem.put("index", i);
                problem.put("error", e.getMessage());
                rejected.add(problem);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accepted", accepted);
        body.put("duplicates", duplicates);
        body.put("rejected", rejected);
        return HttpResponse.ok(body);
    }
}
