package org.intercede.sms.numbers;

import java.util.Locale;

/** What one of our numbers is for; the role decides which module receives its messages. */
public enum NumberRole {
    /** Published in decoy ads; the deterrence bot answers. */
    DECOY,
    /** Sends deterrence messages from a number the buyer has not seen. */
    DETERRENCE,
    /** Sends offers of support; replies go to caseworkers. */
    OUTREACH,
    /** For trying the system end to end: echoes what it receives. */
    TEST;

    public static NumberRole parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown number role '" + value + "'; use decoy, deterrence, outreach or test");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
