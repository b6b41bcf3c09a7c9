package org.intercede.outreach.console.auth;

import java.util.Locale;

/** What a console user may do; each role may do everything the ones before it may. */
public enum Role {
    /** Answers the cases assigned to them. */
    CASEWORKER,
    /** Also assigns cases and sees every caseworker's work. */
    SUPERVISOR,
    /** Also manages accounts. */
    ADMIN;

    public static Role parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown role '" + value + "'; use caseworker, supervisor or admin");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this role is {@code other} or above it. */
    public boolean atLeast(Role other) {
        return compareTo(other) >= 0;
    }
}
