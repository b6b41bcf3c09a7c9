package org.intercede.bot.live;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Provider;
import org.intercede.bot.engine.BotEngine;

/**
 * Builds the bot (its classifier models take a few hundred milliseconds to load) on a background thread as
 * the app starts: the start stays fast and the first buyer message does not wait for the models.
 */
@Context
@Requires(property = "intercede.bot.warm-up", notEquals = "false")
public class BotWarmUp {
    private final Provider<BotEngine> engine;

    public BotWarmUp(Provider<BotEngine> engine) {
        this.engine = engine;
    }

    @PostConstruct
    void warmUp() {
        Thread thread = new Thread(engine::get, "bot-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
