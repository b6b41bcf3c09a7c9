package org.intercede.sms.inbound;

import jakarta.inject.Singleton;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.Keyword;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * STOP, START and HELP (and their equivalents in every catalog locale), handled before the number's owner
 * sees the message, as carriers require. Answers come from the catalog ({@code gateway.<kind>.<role>}); a
 * missing entry means silence, which is how a decoy simply stops replying.
 */
@Singleton
public class KeywordHandler {
    private final PromptCatalog prompts;
    private final OptOutStore optOuts;
    private final OutboundQueue outbound;

    public KeywordHandler(PromptCatalog prompts, OptOutStore optOuts, OutboundQueue outbound) {
        this.prompts = prompts;
        this.optOuts = optOuts;
        this.outbound = outbound;
    }

    /** Returns true when the message was a keyword and has been dealt with; false when the owner should read it. */
    public boolean handle(OwnedNumber number, StoredMessage message) {
        Catalog catalog = prompts.current();
        Optional<Keyword> keyword = catalog.keyword(message.body());
        if (keyword.isEmpty()) {
            return false;
        }
        String locale = catalog.keywordLocale(message.body()).orElse("en");
        NumberRole role = number.role();
        String person = message.theirNumber();
        String reason = "keyword " + message.body().trim().toUpperCase(Locale.ROOT);
        switch (keyword.get()) {
            case OPT_OUT -> {
                // Confirm once: a second STOP from someone already opted out gets no further text.
                if (!optOuts.isOptedOut(role, person)) {
                    optOuts.optOut(role, person, reason);
                    reply(catalog, "gateway.opted_out." + role.label(), locale, number, person, true);
                }
                return true;
            }
            case OPT_IN -> {
                // Only someone who opted out is opted back in; from anyone else "yes" is an ordinary reply.
                if (!optOuts.isOptedOut(role, person)) {
                    return false;
                }
                optOuts.optIn(role, person, reason);
                reply(catalog, "gateway.opted_in." + role.label(), locale, number, person, false);
                return true;
            }
            case HELP -> {
                reply(catalog, "gateway.help." + role.label(), locale, number, person, false);
                return true;
            }
        }
        return false;
    }

    private void reply(Catalog catalog, String key, String locale, OwnedNumber from, String to, boolean confirmsOptOut) {
        if (!catalog.has(key)) {
            return;
        }
        OutboundRequest request = OutboundRequest.reply(from.number(), to, catalog.render(key, locale, Map.of()));
        outbound.enqueue(confirmsOptOut ? request.confirmingOptOut() : request);
    }
}
