package org.intercede.prompts;

import java.util.List;
import java.util.Map;

/**
 * Who a decoy number pretends to be. Replies live in the catalog under {@code persona.<id>.<intent>}.
 *
 * @param slots values the replies can use as {@code {slot}}: name, area and any other plain field
 */
public record Persona(String id, String name, String area, String tone, List<String> locales, Map<String, String> slots) {
    public Persona {
        locales = List.copyOf(locales);
        slots = Map.copyOf(slots);
    }
}
