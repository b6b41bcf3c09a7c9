package org.intercede.sms.privacy;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.intercede.sms.config.AppSettings;


@Factory
public class PrivacyFactory {

    @Singleton
    SecretKeys secretKeys(AppSettings settings, Secrets secrets) {
        return new SecretKeys(secrets, settings.dataDir(), settings.production());
    }

    @Singleton
    PiiHasher piiHasher(SecretKeys keys) {
        return new PiiHasher(keys.hashKey());
    }

    @Singleton
    PiiSealer piiSealer(SecretKeys keys) {
        return new PiiSealer(keys.piiKey());
    }
}
