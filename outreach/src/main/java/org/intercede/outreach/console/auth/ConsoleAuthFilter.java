package org.intercede.outreach.console.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Guards everything under {@code /console} but the sign-in page: a live session (cookie {@code intercede_session})
 * is required, and every request that may change something (not GET, HEAD or OPTIONS) must carry the session's
 * CSRF token in the {@code X-CSRF-Token} header. The console's script sends it with every form, which keeps the
 * check here, without reading bodies. A cross-site page can neither read the token nor set that header.
 *
 * <p>The user and session found are put on the request for controllers ({@link ConsoleRequest}), and every
 * response under {@code /console} gets headers that keep it out of caches, frames and other origins.
 */
@ServerFilter({"/console", "/console/**"})
public class ConsoleAuthFilter {
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** Sent by the console's script on requests it makes by itself; they do not count as activity. */
    public static final String BACKGROUND_HEADER = "X-Console-Background";
    /** Only our own files: no inline script or style, no other origin, no framing (OWASP Secure Headers). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final SessionStore sessions;
    private final UserStore users;

    public ConsoleAuthFilter(SessionStore sessions, UserStore users) {
        this.sessions = sessions;
        this.users = users;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> authenticate(HttpRequest<?> request) {
        if (ConsoleCookies.LOGIN_PATH.equals(request.getPath())
                && (SAFE.contains(request.getMethod()) || request.getMethod() == HttpMethod.POST)) {
            return null;
        }
        Optional<ConsoleSession> session = request.getCookies().findCookie(ConsoleCookies.SESSION).map(Cookie::getValue)
                .flatMap(id -> sessions.find(id, !isBackground(request)));
        Optional<ConsoleUser> user = session.flatMap(s -> users.find(s.userId())).filter(u -> !u.disabled());
        if (session.isEmpty() || user.isEmpty()) {
            return secureHeaders(signInFirst(request));
        }
        if (!SAFE.contains(request.getMethod()) && !Tokens.same(request.getHeaders().get(CSRF_HEADER), session.get().csrfToken())) {
            return secureHeaders(HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(Map.of("error", "missing or wrong " + CSRF_HEADER + " header: reload the page and try again")));
        }
        ConsoleRequest.set(request, session.get(), user.get());
        return null;
    }

    /** The page's own refreshes and its event stream, which must not keep an unattended session alive. */
    static boolean isBackground(HttpRequest<?> request) {
        return request.getHeaders().contains(BACKGROUND_HEADER)
                || request.getPath().equals("/console/events");
    }

    /** On every response under /console; a refusal made above does not pass here, so it calls this itself. */
    @ResponseFilter
    MutableHttpResponse<?> secureHeaders(MutableHttpResponse<?> response) {
        return response.header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                // Not no-referrer: with it Chromium sends "Origin: null" on form posts, which Micronaut refuses (403).
                .header("Referrer-Policy", "same-origin")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** A page a person asked for goes to the sign-in page and back; a script's call gets a short 401. */
    private static MutableHttpResponse<?> signInFirst(HttpRequest<?> request) {
        boolean wantsPage = request.getMethod() == HttpMethod.GET
                && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
        if (!wantsPage) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "sign in first"));
        }
        URI uri = request.getUri();
        String next = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return HttpResponse.seeOther(URI.create(ConsoleCookies.LOGIN_PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }
}
