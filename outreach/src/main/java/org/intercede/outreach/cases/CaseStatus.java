package org.intercede.outreach.cases;

import java.util.Locale;

/** Where a case stands. A new message from the person reopens a case in any other status. */
public enum CaseStatus {
    /** Needs a caseworker. */
    OPEN,
    /** Answered; waiting for the person. */
    PENDING,
    /** Put aside until a time, then open again. */
    SNOOZED,
    /** Done. */
    RESOLVED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseStatus parse(String text) {
        for (CaseStatus s : values()) {
            if (s.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("status must be open, pending, snoozed or resolved");
    }
}
