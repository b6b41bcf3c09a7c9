package org.intercede.outreach.extract;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether groups i..j of a run are written like one phone number, judged after libphonenumber found their
 * digits valid. Numbers come in their country's blocks (US 3-3-4, UK 5-6, FR 2-2-2-2-2), possibly cut
 * finer ("617.482.77.19", one digit per word); noise that happens to add up to a valid number does not:
 * "since 2019 206 381" is 4-3-3, "ages 25 26 27 and 1,284 views" is 2-2-2-1-3.
 */
final class NumberShape {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private NumberShape() {
    }

    /**
     * One group is always a number. Several groups never have a lone number word between two blocks of
     * digits nor digit groups of one and of two side by side, and are a number when every block boundary of
     * the national or international format falls between two groups (the blocks are counted from the end, so a country code
     * or trunk prefix in front changes nothing); or, when they are set apart from the rest of the run, no
     * word of look-alike letters or lone number word is in them and no list separator (", ", a line break)
     * joins them, when one separator joins them ("72 52 04 33
     * 58", "2063.814.422") or they are at most four blocks of 3+ digits ("(206) 3814422", "2063 814 422").
     */
    static boolean acceptable(List<DigitGroup> run, int i, int j, int digits, PhoneNumber parsed) {
        if (i == j) {
            return true;
        }
        if (wordBetweenBlocks(run, i, j)) {
            return false;
        }
        int prefix = digits - UTIL.getNationalSignificantNumber(parsed).length();
        int first = i;
        for (int consumed = 0; first < j && consumed + run.get(first).digits().length() <= prefix; first++) {
            consumed += run.get(first).digits().length();
        }
        if (first == j) {
            return true;
        }
        if (onesAndTwos(run, first, j) && !exactBlocks(run, first, j, parsed)) {
            return false;
        }
        Set<Integer> boundaries = new HashSet<>();
        int fromEnd = 0;
        for (int k = j; k > first; k--) {
            fromEnd += run.get(k).digits().length();
            boundaries.add(fromEnd);
        }
        if (boundaries.containsAll(blockBoundaries(UTIL.format(parsed, PhoneNumberFormat.NATIONAL)))
                || boundaries.containsAll(blockBoundaries(nationalPart(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL))))) {
            return true;
        }
        return setApart(run, i, first, j) && !wordAtEdge(run.get(i)) && !wordAtEdge(run.get(j))
                && noSoftInside(run, first, j) && !listSeparated(run, first, j)
                && (realBlocks(run, first, j) || oneSeparator(run, first, j));
    }

    /**
     * Digits written as groups of one and of two side by side are a list ("4 8 15 16 23 42", "apt 4B 4 8"):
     * a number is cut into single digits, or into blocks, not both. Words are left out: "four thirty nine"
     * is a number said aloud.
     */
    private static boolean onesAndTwos(List<DigitGroup> run, int first, int j) {
        boolean one = false;
        boolean two = false;
        for (int k = first; k <= j; k++) {
            DigitGroup g = run.get(k);
            if (!g.soft() && g.lookAlikes() < g.digits().length()) {
                one |= g.digits().length() == 1;
                two |= g.digits().length() == 2;
            }
        }
        return one && two;
    }

    /** Groups first..j are exactly the blocks of the national or international format ("+33 6 45 82 19 37"). */
    private static boolean exactBlocks(List<DigitGroup> run, int first, int j, PhoneNumber parsed) {
        List<Integer> lengths = new ArrayList<>();
        for (int k = first; k <= j; k++) {
            lengths.add(run.get(k).digits().length());
        }
        return lengths.equals(blocks(UTIL.format(parsed, PhoneNumberFormat.NATIONAL)))
                || lengths.equals(blocks(nationalPart(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL))));
    }

    /**
     * Commas, semicolons and line breaks separate the items of a list ("2hrs 350, 2020, 150 hh"), not the
     * blocks of an oddly grouped number. (Numbers split the usual way over lines or by commas pass the
     * format test before this one.)
     */
    private static boolean listSeparated(List<DigitGroup> run, int first, int j) {
        for (int k = first + 1; k <= j; k++) {
            String separator = run.get(k).separator();
            if (separator.indexOf(',') >= 0 || separator.indexOf(';') >= 0 || separator.indexOf('\n') >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Nothing touches the groups on either side but soft groups ("for", "to", "I"), or a separator unlike
     * those inside them ("1-46-93-49-81-52, 5⭐": the ", " sets the rating apart from the dashed number).
     */
    private static boolean setApart(List<DigitGroup> run, int i, int first, int j) {
        Set<String> inside = new HashSet<>();
        for (int k = first + 1; k <= j; k++) {
            inside.add(run.get(k).separator());
        }
        boolean before = i == 0 || !inside.contains(run.get(i).separator()) || allSoft(run, 0, i - 1);
        boolean after = j + 1 >= run.size() || !inside.contains(run.get(j + 1).separator())
                || allSoft(run, j + 1, run.size() - 1);
        return before && after;
    }

    private static boolean allSoft(List<DigitGroup> run, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!run.get(k).soft()) {
                return false;
            }
        }
        return true;
    }

    /** "BOSS" or "SOLO" read as digits may sit inside a number, never at its edge on its own say-so. */
    private static boolean wordAtEdge(DigitGroup g) {
        return g.lookAlikes() == g.digits().length() && g.digits().length() > 2;
    }

    /**
     * A lone number word between two blocks of digits is prose: "350 to 25 26 27". Spelled numbers put such
     * words next to single digits or other words ("two oh six 381 4422", "5 0 nine 8 two").
     */
    private static boolean wordBetweenBlocks(List<DigitGroup> run, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (run.get(k).soft() && run.get(k).lookAlikes() == 0 && run.get(k - 1).digits().length() > 1 && !run.get(k - 1).soft()
                    && run.get(k + 1).digits().length() > 1 && !run.get(k + 1).soft()) {
                return true;
            }
        }
        return false;
    }

    /** A lone "to" or "for" between digit blocks is prose ("350 to 25 26 27"), unless every group is one digit. */
    private static boolean noSoftInside(List<DigitGroup> run, int first, int j) {
        for (int k = first; k <= j; k++) {
            if (run.get(k).soft()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One separator joins the groups. Spaces are everywhere in prose, so with spaces the groups must also be
     * of one length ("72 52 04 33 58"); "25 26 27 250" is a list.
     */
    private static boolean oneSeparator(List<DigitGroup> run, int first, int j) {
        String separator = run.get(first + 1).separator();
        int length = run.get(first + 1).digits().length();
        boolean sameLength = true;
        for (int k = first + 1; k <= j; k++) {
            if (!run.get(k).separator().equals(separator)) {
                return false;
            }
            sameLength &= run.get(k).digits().length() == length;
        }
        return sameLength && run.get(first).digits().length() == length || !separator.isBlank();
    }

    /** At most four blocks of three digits or more, as in "0741 258 3920" or "(206) 3814422". */
    private static boolean realBlocks(List<DigitGroup> run, int first, int j) {
        if (j - first + 1 > 4) {
            return false;
        }
        for (int k = first; k <= j; k++) {
            if (run.get(k).digits().length() < 3) {
                return false;
            }
        }
        return true;
    }

    /** "+44 7412 583920" without its "+44". */
    private static String nationalPart(String international) {
        int space = international.indexOf(' ');
        return space < 0 ? "" : international.substring(space + 1);
    }

    /** Where a formatted number's blocks meet, counted in digits from its end: "(206) 381-4422" gives {4, 7}. */
    private static Set<Integer> blockBoundaries(String formatted) {
        List<Integer> lengths = blocks(formatted);
        Set<Integer> boundaries = new HashSet<>();
        int fromEnd = 0;
        for (int k = lengths.size() - 1; k > 0; k--) {
            fromEnd += lengths.get(k);
            boundaries.add(fromEnd);
        }
        return boundaries;
    }

    /**
     * How much groups i..j look like one written number, 0 to 6, used only to choose between cuts with as many
     * numbers: the groups are split as people write this number; one separator joins them all ("3 4 7 2 6 8 9
     * 9 1 3 🔥 4" is the ten digits joined by spaces, not the nine after the first plus the 4 across the
     * emoji); the separators before and after the number differ from those inside it; it starts with '+';
     * it neither starts nor ends with a word of look-alike letters ("I-5" after a number is a highway).
     */
    static int score(List<DigitGroup> run, int i, int j, PhoneNumber parsed) {
        Set<String> inside = new HashSet<>();
        for (int k = i + 1; k <= j; k++) {
            inside.add(run.get(k).separator());
        }
        int score = 0;
        score += looksWritten(run, i, j, parsed) ? 1 : 0;
        score += inside.size() <= 1 ? 1 : 0;
        score += i == 0 || !inside.contains(run.get(i).separator()) ? 1 : 0;
        score += j == run.size() - 1 || !inside.contains(run.get(j + 1).separator()) ? 1 : 0;
        score += run.get(i).plus() ? 1 : 0;
        score += lettersOnly(run.get(i)) || lettersOnly(run.get(j)) ? 0 : 1;
        return score;
    }

    private static boolean lettersOnly(DigitGroup g) {
        return g.lookAlikes() == g.digits().length();
    }

    /** One block, one digit per group, or exactly the blocks of the national or international format. */
    private static boolean looksWritten(List<DigitGroup> run, int i, int j, PhoneNumber parsed) {
        if (i == j) {
            return true;
        }
        boolean single = true;
        List<Integer> lengths = new ArrayList<>();
        for (int k = i; k <= j; k++) {
            single &= run.get(k).digits().length() == 1;
            lengths.add(run.get(k).digits().length());
        }
        if (single) {
            return true;
        }
        List<Integer> national = blocks(UTIL.format(parsed, PhoneNumberFormat.NATIONAL));
        List<Integer> withTrunk = new ArrayList<>(national.size() + 1);
        withTrunk.add(1);
        withTrunk.addAll(national);
        return lengths.equals(national) || lengths.equals(withTrunk)
                || lengths.equals(blocks(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL)));
    }

    /** Digit counts of the blocks of a formatted number: "(206) 381-4422" gives [3, 3, 4]. */
    private static List<Integer> blocks(String formatted) {
        List<Integer> lengths = new ArrayList<>();
        int length = 0;
        for (int k = 0; k < formatted.length(); k++) {
            if (Character.isDigit(formatted.charAt(k))) {
                length++;
            } else if (length > 0) {
                lengths.add(length);
                length = 0;
            }
        }
        if (length > 0) {
            lengths.add(length);
        }
        return lengths;
    }
}
