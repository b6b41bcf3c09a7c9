package org.intercede.outreach.console.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import org.intercede.outreach.console.ConsoleSettings;

import java.net.InetSocketAddress;
import java.util.List;

/**
 * The console's cookies and what it reads from the connection. Cookies are HttpOnly (no script reads them) and
 * SameSite=Strict (no other site's page sends them), scoped to the narrowest path; Secure per
 * {@link ConsoleSettings#secureCookies()}.
 */
@Singleton
class ConsoleCookies {
    static final String SESSION = "intercede_session";
    static final String LOGIN_CSRF = "intercede_login_csrf";
    static final String LOGIN_PATH = "/console/login";

    private final ConsoleSettings settings;

    ConsoleCookies(ConsoleSettings settings) {
        this.settings = settings;
    }

    Cookie session(HttpRequest<?> request, String id) {
        return cookie(request, SESSION, id, "/console");
    }

    Cookie sessionExpired(HttpRequest<?> request) {
        return cookie(request, SESSION, "", "/console").maxAge(0);
    }

    Cookie loginCsrf(HttpRequest<?> request, String token) {
        return cookie(request, LOGIN_CSRF, token, LOGIN_PATH);
    }

    Cookie loginCsrfExpired(HttpRequest<?> request) {
        return cookie(request, LOGIN_CSRF, "", LOGIN_PATH).maxAge(0);
    }

    /** Secure when configured so, else when the browser reached us (or the proxy in front of us) over HTTPS. */
    boolean secure(HttpRequest<?> request) {
        if (settings.secureCookies() != null) {
            return settings.secureCookies();
        }
        return request.isSecure() || request.getHeaders().get("X-Forwarded-Proto", String.class)
                .map(proto -> proto.split(",")[0].trim().equalsIgnoreCase("https")).orElse(false);
    }

    /**
     * The client's address: the connection's, or behind a proxy the last entry of the configured header (the one
     * the proxy itself added; entries before it are whatever the client sent).
     */
    String clientAddress(HttpRequest<?> request) {
        if (settings.clientAddressHeader() != null) {
            List<String> values = request.getHeaders().getAll(settings.clientAddressHeader());
            if (!values.isEmpty()) {
                String[] entries = values.get(values.size() - 1).split(",");
                String last = entries[entries.length - 1].trim();
                if (!last.isEmpty()) {
                    return last;
                }
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    private Cookie cookie(HttpRequest<?> request, String name, String value, String path) {
        return Cookie.of(name, value).httpOnly(true).sameSite(SameSite.Strict).path(path).secure(secure(request));
    }
}
