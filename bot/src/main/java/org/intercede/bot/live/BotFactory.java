package org.intercede.bot.live;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotEngine;
import org.intercede.bot.landing.LandingLinks;
import org.intercede.bot.policy.BotSettings;
import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.privacy.PiiHasher;

import java.util.SplittableRandom;

@Factory
public class BotFactory {

    @Singleton
    BotEngine botEngine(BotSettings settings, PromptCatalog catalog, NumberRegistry numbers, PiiHasher hasher,
                        LandingLinks links) {
        return new BotEngine(settings, catalog::current, BuyerClassifier.load(), LanguageDetector.load(), numbers,
                new SplittableRandom(), hasher::hash, links);
    }
}
