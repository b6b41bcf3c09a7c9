package org.intercede.sms;

import org.intercede.sms.twilio.FakeTwilio;

import java.util.Map;

/** Properties that point a context at a fake Twilio, as a real deployment would point at Twilio. */
public final class Twilios {
    public static final String ACCOUNT_SID = "AC00000000000000000000000000000001";
    public static final String AUTH_TOKEN = "12345678901234567890123456789012";
    public static final String PUBLIC_BASE_URL = "https://sms.example.org";

    private Twilios() {
    }

    public static Map<String, Object> properties(FakeTwilio twilio) {
        return Map.of(
                "intercede.twilio.account-sid", ACCOUNT_SID,
                "intercede.twilio.api-base-url", twilio.baseUrl(),
                "intercede.twilio.public-base-url", PUBLIC_BASE_URL,
                "intercede.test.secrets.twilio-auth-token", AUTH_TOKEN);
    }
}
