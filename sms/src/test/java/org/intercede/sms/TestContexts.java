package org.intercede.sms;

import io.micronaut.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/** Micronaut contexts on the test Redis, each with its own key prefix and data directory. */
public final class TestContexts {
    private TestContexts() {
    }

    /** Properties for a context on the shared test Redis with a fresh prefix; add or override as needed. */
    public static Map<String, Object> properties() {
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("intercede.redis.url", TestRedis.url());
            properties.put("intercede.redis.prefix", TestRedis.freshPrefix());
            properties.put("intercede.data-dir", Files.createTempDirectory("intercede-test-data").toString());
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ApplicationContext start(Map<String, Object> overrides) {
        Map<String, Object> properties = properties();
        properties.putAll(overrides);
        return ApplicationContext.run(properties);
    }
}
