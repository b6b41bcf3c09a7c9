package org.intercede.sms;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.intercede.sms.privacy.Secrets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Secrets for tests, which cannot set environment variables: the property
 * {@code intercede.test.secrets.twilio-auth-token} stands for the variable {@code TWILIO_AUTH_TOKEN}.
 * Active only when such a property is set.
 */
@Singleton
@Replaces(Secrets.class)
@Requires(property = "intercede.test.secrets")
public class TestSecrets extends Secrets {
    private final Map<String, Object> secrets;

    public TestSecrets(@Property(name = "intercede.test.secrets") Map<String, Object> secrets) {
        super(Map.of());
        this.secrets = secrets;
    }

    @Override
    public Optional<String> get(String name) {
        Object value = secrets.get(name.toLowerCase(Locale.ROOT).replace('_', '-'));
        return Optional.ofNullable(value).map(Object::toString);
    }
}
