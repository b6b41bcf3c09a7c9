package org.intercede.outreach.console.auth;

import org.intercede.sms.phone.PhoneNumbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks account fields pass, shared by creation and later changes; each throws with a message to act on. */
final class UserFields {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,40}");
    static final int MAX_CAPACITY = 50;
    private static final int MAX_DISPLAY_NAME = 80;
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private UserFields() {
    }

    /** Lower case: usernames are unique whatever case people type them in. */
    static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    static String username(String username) {
        String name = normalise(username);
        if (!USERNAME.matcher(name).matches()) {
            throw new IllegalArgumentException("username must be 2 to 40 of a-z, 0-9, '.', '_' or '-'");
        }
        return name;
    }

    static String displayName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("display name must be 1 to " + MAX_DISPLAY_NAME + " characters on one line");
        }
        return name;
    }

    static List<String> languages(List<String> languages) {
        if (languages == null || languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language is required (ISO 639-1, e.g. en)");
        }
        List<String> codes = new ArrayList<>();
        for (String language : languages) {
            String code = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
            if (code.length() != 2 || !ISO_639_1.contains(code)) {
                throw new IllegalArgumentException("'" + language + "' is not an ISO 639-1 language code (e.g. en, es)");
            }
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    static int capacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be 1 to " + MAX_CAPACITY + " open cases");
        }
        return capacity;
    }

    /** E.164, or null for none. The number itself is never put in the message. */
    static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        try {
            return PhoneNumbers.toE164(phone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phone: " + e.getMessage());
        }
    }
}
