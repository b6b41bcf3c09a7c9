package org.intercede.outreach.ads;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** One record (a JSON object or a CSV row, as field names to values) as an {@link Ad}; the error says which field. */
public final class AdReader {
    private AdReader() {
    }

    public static Ad read(Map<String, ?> record) {
        return new Ad(text(record, "source"), text(record, "url"), postedAt(text(record, "posted_at")), text(record, "title"),
                text(record, "text"), text(record, "city"), text(record, "region"));
    }

    private static String text(Map<String, ?> record, String field) {
        Object value = record.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String || value instanceof Number)) {
            throw new IllegalArgumentException(field + " must be text");
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** An instant (2026-11-02T20:15:00Z, with or without offset) or a day (2026-11-02, taken as midnight UTC). */
    static Instant postedAt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException notInstant) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notDay) {
                    throw new IllegalArgumentException("posted_at must be a date or time such as 2026-11-02 or 2026-11-02T20:15:00Z");
                }
            }
        }
    }
}
