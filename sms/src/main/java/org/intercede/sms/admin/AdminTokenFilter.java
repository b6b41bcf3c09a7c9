package org.intercede.sms.admin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.intercede.sms.privacy.Secrets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Guards {@code /api/admin/**} with a bearer token from the environment ({@code INTERCEDE_ADMIN_TOKEN}). Without
 * a token set, the admin API is off. (The caseworker console brings people's own logins; this is for scripts.)
 */
@ServerFilter("/api/admin/**")
public class AdminTokenFilter {
    public static final String ADMIN_TOKEN = "INTERCEDE_ADMIN_TOKEN";
    private final Optional<byte[]> token;

    public AdminTokenFilter(Secrets secrets) {
        this.token = secrets.get(ADMIN_TOKEN).map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        return bearer(request, token, ADMIN_TOKEN);
    }

    /**
     * The check every token-guarded API shares: null to let the request through, else the refusal (403 when
     * no token is configured, so the API is off; 401 for a missing or wrong one).
     */
    @Nullable
    public static HttpResponse<?> bearer(HttpRequest<?> request, Optional<byte[]> expected, String variable) {
        if (expected.isEmpty()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(Map.of("error", "this API is off: set " + variable + " to turn it on"));
        }
        String header = request.getHeaders().getAuthorization().orElse("");
        byte[] given = header.startsWith("Bearer ") ? header.substring(7).trim().getBytes(StandardCharsets.UTF_8) : new byte[0];
        // Constant-time comparison: the time taken says nothing about how much of a guess was right.
        if (!MessageDigest.isEqual(given, expected.get())) {
            return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "a valid token is required"));
        }
        return null;
    }
}
