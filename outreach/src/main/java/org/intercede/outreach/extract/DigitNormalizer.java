package org.intercede.outreach.extract;

import java.text.Normalizer;

/**
 * Undoes the Unicode half of the disguise: every character that is a digit in some script becomes its ASCII
 * digit, and fullwidth or mathematical letters become plain letters, so later steps only see ASCII digits.
 *
 * <p>Handled: emoji keycaps ({@code 4️⃣}: a digit, U+FE0F, U+20E3, where the two marks are dropped), decimal
 * digits of any script (Unicode category Nd: fullwidth, mathematical bold/double-struck/monospace, Arabic-Indic),
 * and "other numbers" (category No) worth 0 to 9: circled, negative circled, dingbat and superscript digits.
 * NFKC folds fullwidth and mathematical letters and punctuation to ASCII. Letters keep their letter-ness here:
 * {@code Character.getNumericValue('a')} is 10, so letters are never asked for a numeric value.
 */
final class DigitNormalizer {
    private static final char COMBINING_KEYCAP = '\u20E3';
    private static final char VARIATION_SELECTOR_16 = '\uFE0F';

    private DigitNormalizer() {
    }

    static String normalize(String text) {
        if (isAscii(text)) {
            return text;
        }
        String folded = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (cp == COMBINING_KEYCAP || cp == VARIATION_SELECTOR_16) {
                // The digit before the keycap is already ASCII; the marks only draw the box.
                continue;
            } else {
                int digit = digitValue(cp);
                if (digit >= 0) {
                    out.append((char) ('0' + digit));
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }

    /** 0..9 for a digit of any script (Nd) or a circled/superscript-like digit (No); -1 otherwise. */
    static int digitValue(int cp) {
        int type = Character.getType(cp);
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return Character.digit(cp, 10);
        }
        if (type == Character.OTHER_NUMBER) {
            int value = Character.getNumericValue(cp);
            // Fractions give -2, ⑩ and above give 10+: neither is one digit.
            return value >= 0 && value <= 9 ? value : -1;
        }
        return -1;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
