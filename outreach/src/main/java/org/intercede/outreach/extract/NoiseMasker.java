package org.intercede.outreach.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out digits that are something other than a phone number, before any digits are joined into runs:
 * dates, clock times, heights, body measurements, "24/7", percentages, prices and ad/post/reference ids.
 * A blanked span becomes {@link #BREAK}, which also stops a run, so a price can never lend digits to the
 * number next to it.
 *
 * <p>One alternation, compiled once. Every branch starts on a digit, a currency sign or '#', and is tried
 * only there (the start of a digit run, such a sign), never at each character of the prose; bounded repeats
 * and short lookarounds leave no nested quantifier to backtrack on.
 */
final class NoiseMasker {
    static final char BREAK = '\u0001';

    private static final Pattern NOISE = Pattern.compile(String.join("|",
            // Dates: 12/25/2026, 3.4.26, 2026-03-04, 3/7 (and "24/7"), never inside a longer slash or dot run
            // such as 646/287/3390 or 06.12.48.73.95, nor glued to letters that may be digits ("202/92Z/03Z9").
            "(?<![\\w/.\\-])\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})(?![\\w/.\\-])",
            "(?<![\\w/.\\-])\\d{4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,2}(?![\\w/.\\-])",
            "(?<![\\w/.\\-])\\d{1,4}/\\d{1,2}(?![\\w/.\\-])",
            // Clock times: 21:30, 9:15:00.
            "(?<!\\d)\\d{1,2}:\\d{2}(?::\\d{2})?",
            // Heights: 5'4, 5' 10", 4’11: a lone digit of feet, so a quote after a number ("'206-381-4422'") is
            // left alone. 5ft2 is already split by its letters.
            "(?<![\\d.\\-])[3-7]\\s?['\u2019\u2032]\\s?\\d{1,2}(?!\\d)[\"\u201d\u2033]?",
            // Body measurements: 34-24-36, 34D-25-36, never part of a longer dashed run (FR 06-84-31-72-56).
            "(?<![\\d\\-])\\d{2}[A-Za-z]{0,4}-\\d{2}-\\d{2}(?![\\d\\-])",
            // Percentages.
            "(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?\\s?%",
            // Prices: $200, £150, 150€, $1,000.00.
            "[$\u00a3\u20ac\u00a5]\\s?\\d[\\d,.]{0,9}",
            // A price written before its currency: glued ("150€", "300$"), or spaced when it starts its own
            // number ("4422 $200" keeps the phone's 4422) and no digits follow the sign, which then belongs to
            // them ("33\n$1,000").
            "(?<![\\d.,])\\d{1,6}(?:[.,]\\d{1,3}){0,2}[$\u00a3\u20ac\u00a5]",
            "(?<![\\d.,])(?<!\\d[^\\w$\u00a3\u20ac\u00a5])\\d{1,6}(?:[.,]\\d{1,3}){0,2}\\s[$\u00a3\u20ac\u00a5](?!\\s?\\d)",
            // Ids: "ID 4829173650", "post id: 7712345678", "ref#88213", "Ad ID: 9174830022", "order 42573821960344",
            // "site.com/post/4829173650", "?id=7712345678", "Ad #: 4829173650".
            // Only an unformatted run counts: "post #: 206-381-4422" is still read as a number.
            "(?<=(?i:(?<![a-z])(?:id|ref|reference|post|ad|listing|order|code|ticket|invoice|no|nr)"
                    + "(?:\\s?(?:number|num|no|nr|id))?[\\s:#./=]{0,4}))\\d{4,}(?![\\d]|[\\-.]\\d)",
            // A run glued to '#' ("post #4829173650") is an id unless it is formatted like a number.
            // "call #2063814422" and "my #2063814422" are numbers, as a person would read them.
            "(?i)(?<![\\w#])(?<!(?:call|text|txt|cell|phone|number|my|new|me|at)\\s?)#\\d{5,}(?![\\d]|[\\-.]\\d)"));

    /** Links: ids and dates live in their paths; a WhatsApp link (wa.me/12063814422) is a number. */
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|www\\.)(?!wa\\.me/)\\S{1,300}");

    private NoiseMasker() {
    }

    /** The text with every noise span replaced by {@link #BREAK}, same length. */
    static char[] mask(String text) {
        char[] chars = text.toCharArray();
        if (!hasDigit(chars)) {
            return chars;
        }
        if (hasLink(text)) {
            blank(LINK.matcher(text), chars);
        }
        Matcher m = NOISE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = chars.length;
        for (int i = 0; i < n; ) {
            char c = chars[i];
            boolean anchor = isDigit(c) ? i == 0 || !isDigit(chars[i - 1]) : c == '$' || c == '#' || c == '\u00a3'
                    || c == '\u20ac' || c == '\u00a5';
            if (anchor && m.region(i, n).lookingAt()) {
                for (int k = m.start(); k < m.end(); k++) {
                    chars[k] = BREAK;
                }
                i = Math.max(m.end(), i + 1);
            } else {
                i++;
            }
        }
        return chars;
    }

    private static void blank(Matcher m, char[] chars) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i] = BREAK;
            }
        }
    }

    private static boolean hasLink(String text) {
        if (text.contains("://")) {
            return true;
        }
        for (int i = text.indexOf('.'); i >= 3; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hasDigit(char[] chars) {
        for (char c : chars) {
            if (isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
