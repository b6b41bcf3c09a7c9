package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;

import java.util.LinkedHashMap;
import java.util.Map;

/** Who is signed in, for the console's script: it reads the CSRF token it must send with every change here. */
@Controller("/console/me")
public class MeController {

    @Get
    Map<String, Object> me(HttpRequest<?> request) {
        ConsoleUser user = ConsoleRequest.user(request);
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("id", user.id());
        me.put("username", user.username());
        me.put("displayName", user.displayName());
        me.put("role", user.role().label());
        me.put("languages", user.languages());
        me.put("csrfToken", ConsoleRequest.session(request).csrfToken());
        return me;
    }

    /** Does nothing but pass the filter: the script checks its session and token with it. */
    @Post("/ping")
    Map<String, Object> ping(HttpRequest<?> request) {
        return Map.of("ok", true, "username", ConsoleRequest.user(request).username());
    }
}
