package org.intercede.nlp.text;

/**
 * A message after {@link TextNormalizer}: the tokens, the same tokens joined by single spaces (what rules
 * match against), and whether an age from 10 to 17 was spelled out in words ("fifteen", "catorce"), which
 * people do for ages far more than for prices or times.
 */
public record NormalizedText(String text, String[] tokens, boolean spelledTeenNumber) {

    public boolean isEmpty() {
        return tokens.length == 0;
    }
}
