package org.intercede.sms.provider;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.intercede.sms.privacy.Secrets;
import org.intercede.sms.twilio.TwilioProvider;
import org.intercede.sms.twilio.TwilioSettings;

import java.util.Optional;

/** Twilio when its credentials are set, else the simulator: a development machine never texts anyone. */
@Factory
public class ProviderFactory {

    @Singleton
    SmsProvider smsProvider(TwilioSettings twilio, Secrets secrets) {
        Optional<String> token = secrets.get(TwilioSettings.AUTH_TOKEN);
        if (twilio.accountSid() != null && !twilio.accountSid().isBlank() && token.isPresent()) {
            return new TwilioProvider(twilio.accountSid(), token.get(), twilio.apiBaseUrl(), twilio.publicBaseUrl());
        }
        return new SimulatorProvider();
    }
}
