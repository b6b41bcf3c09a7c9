package org.intercede.prompts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for matching: no accents, lower case, single spaces, no punctuation around it. */
final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Anything that is not a letter or digit at either end: "Stop.", "¡alto!", "stop 🙏". */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    private TextFold() {
    }

    static String fold(String text) {
        String noMarks = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String lower = noMarks.toLowerCase(Locale.ROOT);
        return SPACES.matcher(EDGES.matcher(lower).replaceAll("")).replaceAll(" ");
    }

    /** Whether {@code term} occurs in {@code text} as whole words (both already folded). */
    static boolean containsWords(String foldedText, String foldedTerm) {
        if (foldedTerm.isEmpty()) {
            return false;
        }
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(foldedTerm) + "(?![\\p{L}\\p{N}])");
        return p.matcher(foldedText).find();
    }

    /** Folded, but keeping inner punctuation as spaces so words can be found ("sex-work" has "sex"). */
    static String foldForSearch(String text) {
        return fold(text.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " "));
    }
}
