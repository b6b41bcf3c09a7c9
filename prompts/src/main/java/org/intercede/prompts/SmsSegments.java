package org.intercede.prompts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Counts SMS segments as carriers do (3GPP TS 23.038 alphabets, TS 23.040 concatenation).
 * <p>
 * A single segment carries 140 bytes: 160 GSM-7 septets or 70 UCS-2 code units. A longer message is split and
 * each part loses 6 bytes to the concatenation header (UDH): 153 septets or 67 code units a part. Splitting
 * never cuts an escape sequence (extension character) or a surrogate pair in half, so those are packed whole.
 */
public final class SmsSegments {
    static final int GSM7_SINGLE = 160;
    static final int GSM7_PART = 153;
    static final int UCS2_SINGLE = 70;
    static final int UCS2_PART = 67;

    /** GSM 03.38 basic character set (the escape 0x1B itself is not text). */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: each is sent as ESC + character, two septets. */
    private static final String EXTENSION = "\f^{}\\[~]|€";

    /** Look-alikes that word processors and phones insert, and what to type instead. */
    private static final Map<Character, String> LOOK_ALIKES = Map.ofEntries(
            Map.entry('\u2018', "'"), Map.entry('\u2019', "'"), Map.entry('\u201A', "'"), Map.entry('\u201B', "'"),
            Map.entry('\u2032', "'"), Map.entry('\u00B4', "'"), Map.entry('`', "'"),
            Map.entry('\u201C', "\""), Map.entry('\u201D', "\""), Map.entry('\u201E', "\""), Map.entry('\u2033', "\""),
            Map.entry('\u00AB', "\""), Map.entry('\u00BB', "\""),
            Map.entry('\u2010', "-"), Map.entry('\u2011', "-"), Map.entry('\u2012', "-"), Map.entry('\u2013', "-"),
            Map.entry('\u2014', "-"), Map.entry('\u2015', "-"), Map.entry('\u2212', "-"),
            Map.entry('\u2026', "..."),
            Map.entry('\u00A0', " "), Map.entry('\u2007', " "), Map.entry('\u2009', " "), Map.entry('\u200A', " "),
            Map.entry('\u202F', " "), Map.entry('\u200B', ""), Map.entry('\t', " "));

    private SmsSegments() {
    }

    public static SegmentCount count(String text) {
        boolean gsm = text.chars().allMatch(c -> BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0);
        return gsm ? countGsm7(text) : countUcs2(text);
    }

    /** Whether a character can be sent without switching the message to UCS-2. */
    public static boolean isGsm7(char c) {
        return BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0;
    }

    private static SegmentCount countGsm7(String text) {
        int[] widths = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            widths[i] = EXTENSION.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
        }
        return new SegmentCount(Encoding.GSM7, sum(widths), segments(widths, GSM7_SINGLE, GSM7_PART), List.of());
    }

    private static SegmentCount countUcs2(String text) {
        List<Integer> widths = new ArrayList<>();
        List<CharacterIssue> issues = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = LOOK_ALIKES.get(c);
            if (replacement != null) {
                issues.add(new CharacterIssue(i, String.valueOf(c), replacement));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                widths.add(2);
                i++;
            } else {
                widths.add(1);
            }
        }
        int[] w = widths.stream().mapToInt(Integer::intValue).toArray();
        return new SegmentCount(Encoding.UCS2, sum(w), segments(w, UCS2_SINGLE, UCS2_PART), issues);
    }

    /** Greedy packing of indivisible units into parts, as handsets and Twilio split long messages. */
    private static int segments(int[] widths, int single, int part) {
        int total = sum(widths);
        if (total == 0) {
            return 0;
        }
        if (total <= single) {
            return 1;
        }
        int parts = 1;
        int used = 0;
        for (int w : widths) {
            if (used + w > part) {
                parts++;
                used = 0;
            }
            used += w;
        }
        return parts;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        return total;
    }
}
