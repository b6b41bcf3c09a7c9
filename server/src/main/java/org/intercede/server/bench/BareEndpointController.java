package org.intercede.server.bench;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;

/**
 * The baseline of {@code bench gateway}: the same server, the same request, no work. Exists only in the
 * benchmark's own server ({@code intercede.bench.enabled}), never in {@code serve}.
 */
@Controller("/bench")
@Requires(property = "intercede.bench.enabled", value = "true")
public class BareEndpointController {
    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Post("/bare")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_XML)
    HttpResponse<String> bare(@Body byte[] body) {
        return HttpResponse.ok(EMPTY_TWIML);
    }
}
