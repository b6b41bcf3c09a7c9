package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;

/**
 * A signed-in user tried something their role does not allow: answered 403 with the message as
 * {@code {"error": "..."}} by {@link ConsoleErrors}.
 */
public class ConsoleForbiddenException extends HttpStatusException {
    public ConsoleForbiddenException(String message) {
        super(HttpStatus.FORBIDDEN, message);
    }
}
