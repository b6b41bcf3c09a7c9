package org.intercede.outreach.ads;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.intercede.sms.admin.AdminTokenFilter;
import org.intercede.sms.privacy.Secrets;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The collectors' key for {@code /api/ads} ({@code INTERCEDE_ADS_API_KEY}): separate from the admin token. */
@ServerFilter("/api/ads/**")
public class AdsApiKeyFilter {
    public static final String API_KEY = "INTERCEDE_ADS_API_KEY";
    private final Optional<byte[]> key;

    public AdsApiKeyFilter(Secrets secrets) {
        this.key = secrets.get(API_KEY).map(k -> k.getBytes(StandardCharsets.UTF_8));
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        return AdminTokenFilter.bearer(request, key, API_KEY);
    }
}
