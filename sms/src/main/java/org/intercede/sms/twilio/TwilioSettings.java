package org.intercede.sms.twilio;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Twilio account settings. The auth token is a secret and is read from the environment only
 * ({@code TWILIO_AUTH_TOKEN} or {@code TWILIO_AUTH_TOKEN_FILE}).
 *
 * @param accountSid          {@code TWILIO_ACCOUNT_SID}; with the auth token it switches sending from the simulator to Twilio
 * @param publicBaseUrl       the URL Twilio calls us at, as Twilio sees it ({@code https://sms.example.org}); signatures
 *                            are computed over it, so it must be right behind a proxy ({@code INTERCEDE_TWILIO_PUBLIC_BASE_URL})
 * @param apiBaseUrl          where the Twilio REST API is; only tests change it ({@code INTERCEDE_TWILIO_API_BASE_URL})
 * @param verifySignatures    {@code false} accepts unsigned webhooks: development only, warned at every start
 *                            ({@code INTERCEDE_TWILIO_VERIFY_SIGNATURES})
 */
@ConfigurationProperties("intercede.twilio")
public record TwilioSettings(
        @Nullable String accountSid,
        @Nullable String publicBaseUrl,
        @Bindable(defaultValue = "https://api.twilio.com") String apiBaseUrl,
        @Bindable(defaultValue = "true") boolean verifySignatures) {

    public static final String AUTH_TOKEN = "TWILIO_AUTH_TOKEN";
}
