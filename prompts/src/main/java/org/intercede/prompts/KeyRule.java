package org.intercede.prompts;

import java.util.List;

/**
 * What code does with keys of one shape (from {@code rules.keys} in the catalog).
 *
 * @param pattern  a key with placeholders ({@code persona.{persona}.{intent}}) or {@code *} for one dotted part
 * @param required whether every key the pattern names must exist (code renders them unconditionally)
 * @param slots    the slots code fills for these keys; a message may use only these
 */
public record KeyRule(String pattern, boolean required, List<String> slots) {
    public KeyRule {
        slots = List.copyOf(slots);
    }
}
