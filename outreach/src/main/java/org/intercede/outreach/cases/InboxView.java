package org.intercede.outreach.cases;

import java.util.Locale;

/** The lists of the console's inbox. */
public enum InboxView {
    URGENT("Urgent"),
    UNASSIGNED("Unassigned"),
    MINE("Mine"),
    ALL("All open"),
    FLAGGED("Flagged"),
    RESOLVED("Resolved");

    private final String title;

    InboxView(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InboxView parse(String text) {
        for (InboxView v : values()) {
            if (v.label().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("inbox must be one of urgent, unassigned, mine, all, flagged, resolved");
    }
}
