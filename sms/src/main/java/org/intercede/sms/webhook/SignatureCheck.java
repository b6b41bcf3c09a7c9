package org.intercede.sms.webhook;

import com.twilio.security.RequestValidator;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.intercede.sms.config.AppSettings;
import org.intercede.sms.privacy.MissingSecretException;
import org.intercede.sms.privacy.Secrets;
import org.intercede.sms.twilio.TwilioSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Optional;

/**
 * Checks {@code X-Twilio-Signature} with the SDK's validator against the URL Twilio called, as Twilio saw it:
 * the configured public base URL plus the path and query, so it works behind a proxy or load balancer.
 */
@Context
public class SignatureCheck {
    private static final Logger LOG = LoggerFactory.getLogger(SignatureCheck.class);
    private final TwilioSettings settings;
    private final Optional<RequestValidator> validator;
    /** The configured public base URL without its trailing slashes; null when none is configured. */
    private final String publicBase;
    private final boolean production;

    public SignatureCheck(TwilioSettings settings, Secrets secrets, AppSettings app) {
        this.settings = settings;
        this.production = app.production();
        this.validator = secrets.get(TwilioSettings.AUTH_TOKEN).map(RequestValidator::new);
        String configured = settings.publicBaseUrl();
        this.publicBase = configured == null || configured.isBlank() ? null : configured.replaceAll("/+$", "");
    }

    @PostConstruct
    void warnAtStart() {
        if (!settings.verifySignatures() && production) {
            throw new MissingSecretException("INTERCEDE_TWILIO_VERIFY_SIGNATURES=false is for development only; "
                    + "production always checks Twilio's signatures");
        }
        if (!settings.verifySignatures()) {
            LOG.warn("!!! Twilio signature checking is OFF (INTERCEDE_TWILIO_VERIFY_SIGNATURES=false): anyone can post "
                    + "fake messages to /twilio/*. Development only. !!!");
        } else if (validator.isEmpty()) {
            LOG.info("TWILIO_AUTH_TOKEN is not set: Twilio webhooks will be refused (403) until it is");
        } else if (publicBase == null) {
            LOG.warn("INTERCEDE_TWILIO_PUBLIC_BASE_URL is not set: signatures are checked against the Host header, "
                    + "which fails behind a proxy. Set it to the URL Twilio calls.");
        }
    }

    /**
     * @param hostHeader used only when no public base URL is configured
     * @param pathAndQuery the request's path and query string, exactly as received
     */
    public boolean valid(String signature, String hostHeader, String pathAndQuery, Map<String, String> params) {
        if (!settings.verifySignatures()) {
            return true;
        }
        if (signature == null || signature.isBlank() || validator.isEmpty()) {
            return false;
        }
        String base = publicBase != null ? publicBase : "http://" + hostHeader;
        return validator.get().validate(base + pathAndQuery, params, signature);
    }
}
