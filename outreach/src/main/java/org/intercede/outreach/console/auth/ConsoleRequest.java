package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpRequest;

/**
 * What {@link ConsoleAuthFilter} found out about a request under {@code /console}: controllers read the signed-in
 * user and session here instead of looking at cookies themselves.
 */
public final class ConsoleRequest {
    static final String USER = "intercede.console.user";
    static final String SESSION = "intercede.console.session";

    private ConsoleRequest() {
    }

    /** The signed-in user. Throws IllegalStateException outside {@code /console} or on the public sign-in page. */
    public static ConsoleUser user(HttpRequest<?> request) {
        return request.getAttribute(USER, ConsoleUser.class)
                .orElseThrow(() -> new IllegalStateException("no console user on this request: is it under /console?"));
    }

    /** The session, e.g. for its CSRF token. Throws IllegalStateException like {@link #user}. */
    public static ConsoleSession session(HttpRequest<?> request) {
        return request.getAttribute(SESSION, ConsoleSession.class)
                .orElseThrow(() -> new IllegalStateException("no console session on this request: is it under /console?"));
    }

    /** The signed-in user when their role is {@code role} or above; otherwise a 403 ({@link ConsoleForbiddenException}). */
    public static ConsoleUser requireRole(HttpRequest<?> request, Role role) {
        ConsoleUser user = user(request);
        if (!user.role().atLeast(role)) {
            throw new ConsoleForbiddenException("this needs the " + role.label() + " role");
        }
        return user;
    }

    static void set(HttpRequest<?> request, ConsoleSession session, ConsoleUser user) {
        request.setAttribute(SESSION, session);
        request.setAttribute(USER, user);
    }
}
