package org.intercede.sms.admin;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.intercede.sms.numbers.NumberEntries;
import org.intercede.sms.numbers.NumberOverlay;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.OwnedNumber;

import java.util.List;
import java.util.Map;

/** Our numbers: list, add or change, burn. Under the admin token. */
@Controller("/api/admin/numbers")
@ExecuteOn(TaskExecutors.BLOCKING)
public class NumbersAdminController {
    private final NumberRegistry registry;
    private final NumberOverlay overlay;
    private final NumberEntries entries;

    public NumbersAdminController(NumberRegistry registry, NumberOverlay overlay, NumberEntries entries) {
        this.registry = registry;
        this.overlay = overlay;
        this.entries = entries;
    }

    @Get
    List<OwnedNumber> list() {
        return registry.all();
    }

    /** {@code {"number", "role", "label", "persona", "jurisdiction", "locale"}}. */
    @Post
    OwnedNumber add(@Body Map<String, String> entry) {
        return overlay.put(entries.checked(entry));
    }

    /** {@code {"number": "+1..."}}: in the body, because a "+" does not travel well in a path. */
    @Post("/burn")
    OwnedNumber burn(@Body Map<String, String> body) {
        return overlay.burn(entries.e164(body.get("number")));
    }

    @Error
    HttpResponse<Map<String, String>> bad(IllegalArgumentException e) {
        return HttpResponse.badRequest(Map.of("error", e.getMessage()));
    }
}
