package org.intercede.outreach.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When caseworkers are at their desks, written the way a rota is: {@code Mon-Fri 09:00-18:00, Sat 10:00-14:00},
 * or {@code always}. A span may cross midnight ({@code Fri 20:00-02:00} covers early Saturday).
 */
public final class StaffedHours {
    private record Span(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        boolean covers(ZonedDateTime t) {
            LocalTime time = t.toLocalTime();
            if (from.isBefore(to)) {
                return days.contains(t.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(to);
            }
            // Crosses midnight: the evening part on the listed day, the early part on the day after.
            return days.contains(t.getDayOfWeek()) && !time.isBefore(from)
                    || days.contains(t.getDayOfWeek().minus(1)) && time.isBefore(to);
        }
    }

    private final List<Span> spans;
    private final boolean always;
    private final ZoneId zone;

    private StaffedHours(List<Span> spans, boolean always, ZoneId zone) {
        this.spans = spans;
        this.always = always;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException naming the part that cannot be read */
    public static StaffedHours parse(String text, ZoneId zone) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.equalsIgnoreCase("always")) {
            return new StaffedHours(List.of(), true, zone);
        }
        List<Span> spans = new ArrayList<>();
        for (String part : trimmed.split(",")) {
            spans.add(span(part.trim()));
        }
        return new StaffedHours(List.copyOf(spans), false, zone);
    }

    public static StaffedHours of(CaseSettings settings) {
        ZoneId zone;
        try {
            zone = settings.staffedZone().isBlank() ? ZoneId.systemDefault() : ZoneId.of(settings.staffedZone());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("staffed zone '" + settings.staffedZone()
                    + "' is not a time zone (use a name like Europe/Paris or America/Chicago)");
        }
        return parse(settings.staffedHours(), zone);
    }

    public boolean isStaffed(Instant at) {
        if (always) {
            return true;
        }
        ZonedDateTime local = at.atZone(zone);
        return spans.stream().anyMatch(s -> s.covers(local));
    }

    private static Span span(String part) {
        String[] pieces = part.split("\\s+");
        if (pieces.length != 2) {
            throw bad(part);
        }
        Set<DayOfWeek> days = days(pieces[0], part);
        String[] times = pieces[1].split("-");
        if (times.length != 2) {
            throw bad(part);
        }
        try {
            LocalTime from = LocalTime.parse(times[0]);
            LocalTime to = times[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(times[1]);
            if (from.equals(to)) {
                throw bad(part);
            }
            return new Span(days, from, to);
        } catch (DateTimeParseException e) {
            throw bad(part);
        }
    }

    private static Set<DayOfWeek> days(String text, String part) {
        String[] range = text.split("-");
        DayOfWeek first = day(range[0], part);
        DayOfWeek last = range.length == 2 ? day(range[1], part) : first;
        if (range.length > 2) {
            throw bad(part);
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d = first; ; d = d.plus(1)) {
            days.add(d);
            if (d == last) {
                return days;
            }
        }
    }

    private static DayOfWeek day(String text, String part) {
        String t = text.toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (t.length() >= 3 && d.name().toLowerCase(Locale.ROOT).startsWith(t)) {
                return d;
            }
        }
        throw bad(part);
    }

    private static IllegalArgumentException bad(String part) {
        return new IllegalArgumentException("staffed hours: cannot read '" + part
                + "' (write days and times like 'Mon-Fri 09:00-18:00', separate spans with commas, or 'always')");
    }
}
