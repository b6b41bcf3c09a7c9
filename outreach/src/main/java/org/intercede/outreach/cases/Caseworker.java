package org.intercede.outreach.cases;

import java.util.List;

/**
 * A console user as routing sees them.
 *
 * @param phone their own phone for urgent alerts by SMS, or null
 */
public record Caseworker(String id, String name, List<String> languages, int capacity, boolean supervisor,
                         boolean onCall, String phone) {

    public String firstName() {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }
}
