package org.intercede.outreach.console;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.View;

import java.util.Map;

/** Test only: a page whose template has a mistake. */
@Controller("/console/test/broken")
class BrokenPageController {
    @Get(produces = MediaType.TEXT_HTML)
    @View("console/test-broken")
    Map<String, Object> page() {
        return Map.of("title", "broken");
    }
}
