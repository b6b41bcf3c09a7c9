package org.intercede.server.cli;

import io.micronaut.context.ApplicationContext;
import org.intercede.server.Main;

import java.util.Map;

/**
 * The store for commands that read or change it (numbers, bot report): the same Redis as the server
 * (REDIS_URL, or the embedded one a running server uses on this data directory), no HTTP, no sending.
 */
final class StoreContext {
    private StoreContext() {
    }

    static ApplicationContext open() {
        try {
            return ApplicationContext.builder().mainClass(Main.class)
                    .properties(Map.of("intercede.redis.attach", true, "intercede.outbound.dispatch", false))
                    .start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(ServeCommand.startupReason(e), e);
        }
    }
}
