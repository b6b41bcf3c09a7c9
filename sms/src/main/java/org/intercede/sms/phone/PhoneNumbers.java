package org.intercede.sms.phone;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parsing, normalising and masking of phone numbers.
 *
 * <p>Numbers typed by people or sent by Twilio are normalised to E.164 before anything else sees them,
 * so that one person is always one key.
 */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** libphonenumber reads letters as keypad digits ("650 253 OOOO" becomes 6666): we never want that. */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    /** Valid numbers seen in webhooks, remembered (see {@link #toE164(String)}). */
    private static final int RECENT_MAX = 10_000;
    private static final java.util.Map<String, String> RECENT = new java.util.concurrent.ConcurrentHashMap<>();

    private PhoneNumbers() {
    }

    /** Parses a number written with or without a country code; {@code region} applies to national numbers. */
    public static String toE164(String raw, String region) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException("phone number is empty");
        }
        if (LETTERS.matcher(raw).find()) {
            throw new InvalidPhoneNumberException("phone number contains letters");
        }
        String regionCode = region == null || region.isBlank() ? "US" : region.toUpperCase(Locale.ROOT);
        PhoneNumber parsed;
        try {
            parsed = UTIL.parse(raw.trim(), regionCode);
        } catch (NumberParseException e) {
            throw new InvalidPhoneNumberException("not a phone number (" + e.getErrorType() + ")");
        }
        if (!UTIL.isValidNumber(parsed)) {
            throw new InvalidPhoneNumberException("not a valid phone number for its country");
        }
        return UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    /** Parses a number that must carry its country code (+...), as Twilio sends them. */
    public static String toE164(String raw) {
        if (raw == null || !raw.trim().startsWith("+")) {
            throw new InvalidPhoneNumberException("phone number must start with + and a country code");
        }
        // Every webhook names our number and a sender who usually wrote before: libphonenumber's parse was a
        // visible share of a webhook's cost, so valid numbers are remembered (a bounded set, emptied when full).
        String known = RECENT.get(raw);
        if (known != null) {
            return known;
        }
        String parsed = toE164(raw, null);
        if (RECENT.size() >= RECENT_MAX) {
            RECENT.clear();
        }
        RECENT.put(raw, parsed);
        return parsed;
    }


    public static boolean isE164(String value) {
        return value != null && E164.matcher(value).matches();
    }

    /** A fixed line, which cannot receive SMS (numbering plans where mobile and fixed share ranges are not). */
    public static boolean isLandline(String e164) {
        try {
            return UTIL.getNumberType(UTIL.parse(e164, null)) == PhoneNumberUtil.PhoneNumberType.FIXED_LINE;
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** ISO region of a valid E.164 number ("US", "GB"), or "ZZ" when unknown. */
    public static String regionOf(String e164) {
        try {
            return UTIL.getRegionCodeForNumber(UTIL.parse(e164, null));
        } catch (NumberParseException e) {
            return "ZZ";
        }
    }

    /**
     * Masks a number for logs and screens: country code and last four digits stay, the rest is starred
     * ({@code +12065550101} becomes {@code +1******0101}).
     */
    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        String digits = number.replaceAll("\\D", "");
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int countryCodeLength = 0;
        if (number.startsWith("+")) {
            countryCodeLength = countryCodeLength(digits);
        }
        int hidden = Math.max(0, digits.length() - countryCodeLength - 4);
        String prefix = countryCodeLength > 0 ? "+" + digits.substring(0, countryCodeLength) : "";
        return prefix + "*".repeat(hidden) + digits.substring(digits.length() - 4);
    }

    private static int countryCodeLength(String digits) {
        for (int len = 1; len <= 3 && len < digits.length(); len++) {
            int code = Integer.parseInt(digits.substring(0, len));
            if (!UTIL.getRegionCodeForCountryCode(code).equals("ZZ")) {
                return len;
            }
        }
        return 0;
    }
}
