package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

import java.util.Map;

/** Turns the console's refusals into the short JSON bodies the rest of the app answers with. */
@Controller
public class ConsoleErrors {

    @Error(global = true, exception = ConsoleForbiddenException.class)
    HttpResponse<Map<String, String>> forbidden(HttpRequest<?> request, ConsoleForbiddenException e) {
        return HttpResponse.<Map<String, String>>status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }
}
