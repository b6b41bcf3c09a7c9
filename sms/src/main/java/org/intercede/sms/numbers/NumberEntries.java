package org.intercede.sms.numbers;

import jakarta.inject.Singleton;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.phone.PhoneNumbers;

import java.util.Map;
import java.util.Set;

/** Checks a number entry before it is added: a readable number, a role, and a persona and jurisdiction the catalog has. */
@Singleton
public class NumberEntries {
    private static final Set<String> LOCALES = Set.of("en", "es", "fr");
    private final PromptCatalog prompts;

    public NumberEntries(PromptCatalog prompts) {
        this.prompts = prompts;
    }

    public OwnedNumber checked(Map<String, String> entry) {
        String number = e164(entry.get("number"));
        if (entry.get("role") == null) {
            throw new IllegalArgumentException("role is required: decoy, deterrence, outreach or test");
        }
        NumberRole role = NumberRole.parse(entry.get("role"));
        Catalog catalog = prompts.current();
        String persona = blankToNull(entry.get("persona"));
        if (persona != null && catalog.persona(persona).isEmpty()) {
            throw new IllegalArgumentException("unknown persona '" + persona + "'; the catalog has "
                    + catalog.personas().stream().map(p -> p.id()).toList());
        }
        String jurisdiction = blankToNull(entry.get("jurisdiction"));
        if (jurisdiction != null && catalog.jurisdiction(jurisdiction).isEmpty()) {
            throw new IllegalArgumentException("unknown jurisdiction '" + jurisdiction + "'; the catalog has "
                    + catalog.jurisdictions().stream().map(j -> j.id()).toList());
        }
        String locale = blankToNull(entry.get("locale"));
        if (locale != null && !LOCALES.contains(locale)) {
            throw new IllegalArgumentException("locale must be one of " + LOCALES);
        }
        String label = blankToNull(entry.get("label"));
        return new OwnedNumber(number, role, label == null ? role.label() : label, null, persona, jurisdiction, locale, false);
    }

    public String e164(String raw) {
        if (raw == null) {
            throw new IllegalArgumentException("number is required");
        }
        return PhoneNumbers.toE164(raw, "US");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
