package org.intercede.outreach.extract;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Phone numbers in the text of an ad, however disguised, as E.164.
 *
 * <p>First the disguise is undone ({@link DigitNormalizer}: Unicode digits and keycaps; {@link NoiseMasker}:
 * prices, dates, times, measurements and ids are blanked; {@link DigitRuns}: number words, look-alike letters,
 * any separator). Then each run of digit groups is cut into numbers: a number is whole groups only (so a
 * 14-digit order code is never cut into a phone number), and must pass libphonenumber's
 * {@code isValidNumber} for the ad's region plus the NANP rule that area code and exchange do not start with
 * 0 or 1. A '+' always starts a number, and a number of several groups must be grouped the way numbers
 * are written ({@link NumberShape}). Where groups could form different numbers, the cut with the most
 * numbers wins, then the one that looks most like written numbers. Only digits reach libphonenumber, never
 * letters, which it would read as keypad digits.
 *
 * <p>Immutable and thread-safe.
 */
public final class PhoneExtractor {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String UNKNOWN_REGION = "ZZ";
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
        return region != null && !regionCode(region).equals(UNKNOWN_REGION);
    }

    /**
     * ISO 3166 code in upper case, US when blank; "UK", which people write, is ISO's GB. A region libphonenumber
     * does not know becomes its "unknown region" ZZ, where only numbers written with '+' can be read.
     */
    static String regionCode(String region) {
        if (region == null || region.isBlank()) {
            return "US";
        }
        String code = region.trim().toUpperCase(Locale.ROOT);
        if (code.equals("UK")) {
            return "GB";
        }
        return UTIL.getSupportedRegions().contains(code) ? code : UNKNOWN_REGION;
    }

    /** Numbers in {@code text}, E.164, unique and sorted. {@code region} (ISO 3166, e.g. "GB") defaults to US. */
    public List<String> extract(String text, String region) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String regionCode = regionCode(region);
        boolean nanp = !regionCode.equals(UNKNOWN_REGION) && UTIL.getCountryCodeForRegion(regionCode) == 1;
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
                if (!NumberShape.acceptable(run, i, j, digits.length(), parsed)) {
                    continue;
                }
                int score = NUMBER_SCORE + NumberShape.score(run, i, j, parsed) + best[j + 1];
                // On a tie the earlier start wins: words after a number ("for rates", "I-5", "to book") are
                // read as digits more often than words before it, which rarely touch its first digit.
                if (score >= best[i]) {
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
            if (!plus && !nanp && !hasPrefix(digits, parsed, region)) {
                return null;
            }
            return parsed;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Outside NANP a national number is written with its trunk prefix ("07412 583920", "06 12 48 73 95") or a
     * country code: nine bare digits in a French ad are a price list or a postcode next to something, not
     * a number. NANP numbers are written without their trunk "1", so NANP regions are exempt.
     */
    private static boolean hasPrefix(CharSequence digits, PhoneNumber parsed, String region) {
        if (region.equals(UNKNOWN_REGION)) {
            return true;
        }
        String trunk = UTIL.getNddPrefixForRegion(region, true);
        return trunk == null || trunk.isEmpty() || digits.length() > UTIL.getNationalSignificantNumber(parsed).length();
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
}
