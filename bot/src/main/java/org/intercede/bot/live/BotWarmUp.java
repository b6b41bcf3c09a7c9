package org.intercede.bot.live;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotEngine;
import org.slf4j.LoggerFactory;

/**
 * Builds the bot (its classifier models take a few hundred milliseconds to load) on a background thread once
 * the HTTP server is up: the start does not share its two cores with the models, and the first buyer message
 * does not wait for them. Commands that open the store without a server never load them.
 */
@Singleton
@Requires(property = "intercede.bot.warm-up", notEquals = "false")
public class BotWarmUp {
    private final Provider<BotEngine> engine;

    public BotWarmUp(Provider<BotEngine> engine) {
        this.engine = engine;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                engine.get();
            } catch (RuntimeException e) {
                // The app stopped before the bot was built (a short-lived command or test). A bot that truly cannot
                // be built fails again, loudly, at the first buyer message.
                LoggerFactory.getLogger(BotWarmUp.class).debug("Bot warm-up stopped: {}", e.toString());
            }
        }, "bot-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
