package org.intercede.bot.engine;

import java.util.Optional;

/** Issues the short link to a deterrence landing page for one conversation; none when the app has no public URL. */
@FunctionalInterface
public interface LinkIssuer {
    LinkIssuer NONE = (conversation, decoy, persona, jurisdiction, locale) -> Optional.empty();

    Optional<String> issue(String conversationKey, String decoy, String persona, String jurisdiction, String locale);
}
