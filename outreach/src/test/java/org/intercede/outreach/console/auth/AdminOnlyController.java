package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

import java.util.Map;

/** Test only: an endpoint that needs the admin role, to see a refusal through the whole stack. */
@Controller("/console/test/admin-only")
class AdminOnlyController {
    @Get
    Map<String, String> get(HttpRequest<?> request) {
        return Map.of("username", ConsoleRequest.requireRole(request, Role.ADMIN).username());
    }
}
