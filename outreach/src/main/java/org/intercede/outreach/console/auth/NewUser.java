package org.intercede.outreach.console.auth;

import java.util.List;

/**
 * An account to create, checked and normalised on construction (username lower-cased, phone to E.164), so a
 * bad field is refused with a message before anything is stored.
 *
 * @param displayName what colleagues see; the username when blank
 * @param languages   ISO 639-1 codes; English when empty
 * @param phone       the person's own phone for urgent alerts (any format with a country code), or null
 */
public record NewUser(String username, String displayName, Role role, List<String> languages, int capacity, String phone) {
    public static final int DEFAULT_CAPACITY = 5;

    public NewUser {
        username = UserFields.username(username);
        displayName = displayName == null || displayName.isBlank() ? username : UserFields.displayName(displayName);
        if (role == null) {
            throw new IllegalArgumentException("role is required: caseworker, supervisor or admin");
        }
        languages = languages == null || languages.isEmpty() ? List.of("en") : UserFields.languages(languages);
        UserFields.capacity(capacity);
        phone = UserFields.phone(phone);
    }

    /** A caseworker, supervisor or admin with the defaults: English, capacity 5, no phone. */
    public static NewUser of(String username, Role role) {
        return new NewUser(username, null, role, List.of(), DEFAULT_CAPACITY, null);
    }
}
