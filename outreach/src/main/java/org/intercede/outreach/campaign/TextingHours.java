package org.intercede.outreach.campaign;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * When a recipient may be texted: between {@code from} and {@code to} in the recipient's own time zone, read
 * from the number (libphonenumber's time-zone data). A number that spans several zones gets the window all of
 * them share, so nobody is texted at night.
 *
 * @param from start of the window, local time
 * @param to   end of the window, local time (after {@code from})
 */
public record TextingHours(LocalTime from, LocalTime to) {
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();

    public TextingHours {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("texting hours must end after they start");
        }
    }

    /** A window of sending: not before {@code start}, and dropped unsent after {@code end}. */
    public record Window(Instant start, Instant end) {
    }

    /** The first window, now or later, in which every zone of the number is within the texting hours. */
    public Window next(String e164, Instant now) {
        List<ZoneId> zones = zonesOf(e164);
        for (int day = 0; day < 3; day++) {
            Instant start = now;
            Instant end = null;
            for (ZoneId zone : zones) {
                ZonedDateTime local = now.atZone(zone).plusDays(day);
                Instant open = local.with(from).toInstant();
                Instant close = local.with(to).toInstant();
                if (day == 0 && now.isAfter(open)) {
                    open = now;
                }
                start = open.isAfter(start) ? open : start;
                end = end == null || close.isBefore(end) ? close : end;
            }
            if (end != null && start.isBefore(end)) {
                return new Window(start, end);
            }
        }
        throw new IllegalStateException("no texting window in the next three days for a number's zones " + zones);
    }

    static List<ZoneId> zonesOf(String e164) {
        try {
            List<String> ids = ZONES.getTimeZonesForNumber(PhoneNumberUtil.getInstance().parse(e164, null));
            if (ids.isEmpty() || ids.contains(PhoneNumberToTimeZonesMapper.getUnknownTimeZone())) {
                return List.of(ZoneId.of("UTC"));
            }
            return ids.stream().map(ZoneId::of).toList();
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("not a phone number");
        }
    }
}
