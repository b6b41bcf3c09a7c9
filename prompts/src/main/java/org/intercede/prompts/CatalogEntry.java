package org.intercede.prompts;

import java.util.List;
import java.util.Map;

/**
 * One message key and its variants.
 *
 * @param key          the dotted key code renders ({@code outreach.first}, {@code persona.jess.price})
 * @param file         the catalog file that defines it
 * @param variants     locale code to the variants in that locale; one is picked at random per send
 * @param budget       segments this message may take, or null for the rules' default
 * @param slotDefaults values for slots the caller does not give (a persona's name and area)
 */
public record CatalogEntry(String key, String file, Map<String, List<String>> variants, Integer budget,
                           Map<String, String> slotDefaults) {
    public CatalogEntry {
        variants = Map.copyOf(variants);
        slotDefaults = Map.copyOf(slotDefaults);
    }
}
