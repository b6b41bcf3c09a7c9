package org.intercede.prompts;

/**
 * A penalty a deterrence message may state, with the law it comes from.
 *
 * @param offence what the buyer does
 * @param penalty what the law provides
 * @param source  the law and section, so a reader can check it
 */
public record Penalty(String offence, String penalty, String source) {
}
