package org.intercede.outreach.extract;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Phone numbers in the text of an ad, however disguised, as E.164.
 *
 * <p>First the disguise is undone ({@link DigitNormalizer}: Unicode digits and keycaps; {@link NoiseMasker}:
 * prices, dates, times, measurements and ids are blanked; {@link DigitRuns}: number words, look-alike letters,
 * any separator). Then each run of digit groups is cut into numbers: a number is whole groups only (so a
 * 14-digit order code is never cut into a phone number), and must pass libphonenumber's
 * {@code isValidNumber} for the ad's region plus the NANP rule that area code and exchange do not start with
 * 0 or 1. A '+' always starts a number. Where groups could form different numbers, the cut with the most
 * numbers wins, then the one that looks most like written numbers (see {@link #shapeScore}). Only digits reach libphonenumber, never letters,
 * which it would read as keypad digits.
 *
 * <p>Immutable and thread-safe.
 */
public final class PhoneExtractor {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** The shortest national number we accept anywhere (fewer digits are extensions, prices, zip codes). */
    private static final int MIN_DIGITS = 8;
    /** Worth more than any shape score, so the cut with the most numbers always wins. */
    private static final int NUMBER_SCORE = 10;
    /** E.164 allows 15 digits; an international prefix (00, 011) adds up to 3. */
    private static final int MAX_DIGITS = 18;
    /** A number mostly made of letters is a word, not a disguise. */
    private static final int MIN_REAL_DIGITS = 4;

    /** Whether libphonenumber knows {@code region} (ISO 3166, any case), so national numbers can be read in it. */
    public static boolean isKnownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.trim().toUpperCase(Locale.ROOT));
    }

    /** Numbers in {@code text}, E.164, unique and sorted. {@code region} (ISO 3166, e.g. "GB") defaults to US. */
    public List<String> extract(String text, String region) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String regionCode = region == null || region.isBlank() ? "US" : region.trim().toUpperCase(Locale.ROOT);
        boolean nanp = UTIL.getCountryCodeForRegion(regionCode) == 1;
        char[] masked = NoiseMasker.mask(DigitNormalizer.normalize(text));
        TreeSet<String> found = new TreeSet<>();
        for (List<DigitGroup> run : DigitRuns.of(masked, MIN_DIGITS)) {
            cut(run, regionCode, nanp, found);
        }
        return List.copyOf(found);
    }

    /** Dynamic programme over group boundaries: best[i] is the best score for groups i..end. */
    private static void cut(List<DigitGroup> run, String region, boolean nanp, TreeSet<String> found) {
        int n = run.size();
        int[] best = new int[n + 1];
        int[] end = new int[n + 1];
        String[] number = new String[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            best[i] = best[i + 1];
            end[i] = i + 1;
            StringBuilder digits = new StringBuilder();
            int lookAlikes = 0;
            for (int j = i; j < n; j++) {
                DigitGroup g = run.get(j);
                if (j > i && g.plus()) {
                    break; // a '+' starts a number: no number runs across one
                }
                digits.append(g.digits());
                lookAlikes += g.lookAlikes();
                if (digits.length() > MAX_DIGITS) {
                    break;
                }
                if (digits.length() - lookAlikes < MIN_REAL_DIGITS) {
                    continue;
                }
                PhoneNumber parsed = valid(digits, run.get(i).plus(), region, nanp);
                if (parsed == null) {
                    continue;
                }
                int score = NUMBER_SCORE + shapeScore(run, i, j, parsed) + best[j + 1];
                if (score > best[i]) {
                    best[i] = score;
                    end[i] = j + 1;
                    number[i] = UTIL.format(parsed, PhoneNumberFormat.E164);
                }
            }
        }
        for (int i = 0; i < n; i = end[i]) {
            if (number[i] != null) {
                found.add(number[i]);
            }
        }
    }

    /** The parsed number when {@code digits} is a valid number, else null. */
    private static PhoneNumber valid(CharSequence digits, boolean plus, String region, boolean nanp) {
        int length = digits.length();
        if (length < MIN_DIGITS) {
            return null;
        }
        if (!plus && nanp && !plausibleNanp(digits)) {
            return null;
        }
        try {
            PhoneNumber parsed = UTIL.parse(plus ? "+" + digits : digits.toString(), region);
            if (!UTIL.isValidNumber(parsed)) {
                return null;
            }
            if (parsed.getCountryCode() == 1 && !nanpShape(String.valueOf(parsed.getNationalNumber()))) {
                return null;
            }
            return parsed;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * A cheap look before libphonenumber in NANP regions: 10 digits, 1 and 10 digits, or the international
     * prefix 011. Saves most parse calls on runs that cannot be a number.
     */
    private static boolean plausibleNanp(CharSequence d) {
        int length = d.length();
        if (length == 10) {
            return true;
        }
        if (length == 11) {
            return d.charAt(0) == '1';
        }
        return length > 11 && d.charAt(0) == '0' && d.charAt(1) == '1' && d.charAt(2) == '1';
    }

    /**
     * NANP numbering plan: NXX-NXX-XXXX, N being 2-9. An area code or exchange starting with 0 or 1 does not
     * exist (it would route as an operator or long-distance prefix), so 123-456-7890 is a placeholder.
     */
    static boolean nanpShape(String national) {
        return national.length() == 10 && national.charAt(0) >= '2' && national.charAt(3) >= '2';
    }

    /**
     * Whether groups i..j are split the way people write this number: one block, one digit per group, or the
     * blocks of libphonenumber's national or international format. Breaks ties between cuts of a run.
     */
    private static boolean looksWritten(List<DigitGroup> run, int i, int j, PhoneNumber parsed) {
        if (i == j) {
            return true;
        }
        boolean single = true;
        for (int k = i; k <= j; k++) {
            single &= run.get(k).digits().length() == 1;
        }
        if (single) {
            return true;
        }
        List<Integer> lengths = new ArrayList<>();
        for (int k = i; k <= j; k++) {
            lengths.add(run.get(k).digits().length());
        }
        return lengths.equals(blocks(UTIL.format(parsed, PhoneNumberFormat.NATIONAL)))
                || lengths.equals(blocks(UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL)))
                || lengths.equals(withTrunk(blocks(UTIL.format(parsed, PhoneNumberFormat.NATIONAL))));
    }

    /**
     * How much groups i..j look like one written number, 0 to 5, used only to choose between cuts with as many
     * numbers: the groups are split as people write this number; one separator joins them all ("3 4 7 2 6 8 9
     * 9 1 3 🔥 4" is the ten digits joined by spaces, not the nine after the first plus the 4 across the
     * emoji); the separators before and after the number differ from those inside it; it starts with '+'.
     */
    private static int shapeScore(List<DigitGroup> run, int i, int j, PhoneNumber parsed) {
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
        return score;
    }

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

    /** NANP numbers are also written with the trunk "1" as its own block: 1 (415) 593-8814. */
    private static List<Integer> withTrunk(List<Integer> national) {
        List<Integer> lengths = new ArrayList<>(national.size() + 1);
        lengths.add(1);
        lengths.addAll(national);
        return lengths;
    }
}
