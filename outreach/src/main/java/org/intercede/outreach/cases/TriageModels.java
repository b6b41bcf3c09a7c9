package org.intercede.outreach.cases;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.nlp.triage.ReplyTriage;
import org.slf4j.LoggerFactory;

/**
 * The models that read replies. They are injected through {@link Provider}s and loaded once the server is up,
 * on a background thread, so the start stays fast and the first reply does not wait for them.
 */
@Factory
public class TriageModels {

    @Singleton
    ReplyTriage replyTriage() {
        return ReplyTriage.load();
    }

    @Singleton
    LanguageDetector languageDetector() {
        return LanguageDetector.load();
    }

    @Singleton
    @Requires(property = "intercede.bot.warm-up", notEquals = "false")
    static class WarmUp {
        private final Provider<ReplyTriage> triage;
        private final Provider<LanguageDetector> languages;

        WarmUp(Provider<ReplyTriage> triage, Provider<LanguageDetector> languages) {
            this.triage = triage;
            this.languages = languages;
        }

        @EventListener
        void onServerStarted(ServerStartupEvent event) {
            Thread thread = new Thread(() -> {
                try {
                    triage.get();
                    languages.get();
                } catch (RuntimeException e) {
                    // The app stopped before the models were loaded (a short-lived command or test). A model that
                    // truly cannot load fails again, loudly, at its first real use.
                    LoggerFactory.getLogger(TriageModels.class).debug("Triage warm-up stopped: {}", e.toString());
                }
            }, "triage-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }
}
