package org.intercede.outreach.console.auth;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.TestContexts;

import java.util.HashMap;
import java.util.Map;

/** Contexts for the console's account tests: a clock the test moves, and argon2 cheap enough to run often. */
final class AuthContexts {
    static final String PASSWORD = "correct horse battery";

    private AuthContexts() {
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("intercede.outbound.dispatch", "false");
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        return properties;
    }

    static ApplicationContext start() {
        return TestContexts.start(properties());
    }
}
