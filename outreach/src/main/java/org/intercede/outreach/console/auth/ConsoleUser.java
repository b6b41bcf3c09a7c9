package org.intercede.outreach.console.auth;

import org.intercede.sms.phone.PhoneNumbers;

import java.time.Instant;
import java.util.List;

/**
 * A person who signs in to the console. The password hash is not here: it never leaves {@link UserStore}.
 *
 * @param id          short random id, stable for the account's life
 * @param username    lower case, {@code [a-z0-9._-]{2,40}}
 * @param languages   ISO 639-1 codes of the languages they answer in ("en", "es")
 * @param capacity    how many open cases they take at once
 * @param phone       their own phone (E.164) for urgent alerts, or null; sealed at rest and never logged
 * @param onCall      whether urgent alerts go to them now
 * @param disabled    a disabled account cannot sign in
 */
public record ConsoleUser(String id, String username, String displayName, Role role, List<String> languages, int capacity,
                          String phone, boolean onCall, boolean disabled, Instant createdAt) {

    public ConsoleUser {
        languages = List.copyOf(languages);
    }

    /** Never prints the phone number in full, so a user logged by mistake leaks nothing. */
    @Override
    public String toString() {
        return "ConsoleUser[id=" + id + ", username=" + username + ", role=" + role.label() + ", languages=" + languages
                + ", capacity=" + capacity + ", phone=" + PhoneNumbers.mask(phone) + ", onCall=" + onCall
                + ", disabled=" + disabled + "]";
    }
}
