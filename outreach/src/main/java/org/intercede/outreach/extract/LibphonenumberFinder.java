package org.intercede.outreach.extract;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

import java.util.List;
import java.util.TreeSet;

/**
 * The baseline: libphonenumber's own {@code findNumbers(text, region, Leniency.VALID, Long.MAX_VALUE)} on the
 * raw text, as E.164, unique and sorted. What {@code extract eval} and {@code bench extract} compare against.
 */
public final class LibphonenumberFinder {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public List<String> find(String text, String region) {
        String regionCode = PhoneExtractor.regionCode(region);
        TreeSet<String> found = new TreeSet<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, regionCode, Leniency.VALID, Long.MAX_VALUE)) {
            found.add(UTIL.format(match.number(), PhoneNumberFormat.E164));
        }
        return List.copyOf(found);
    }
}
