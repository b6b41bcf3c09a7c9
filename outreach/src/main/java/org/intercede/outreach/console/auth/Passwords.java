package org.intercede.outreach.console.auth;

import java.security.SecureRandom;

/** Rules for passwords, and generated ones people can read out and type. */
public final class Passwords {
    public static final int MIN_LENGTH = 12;
    /** argon2 takes any length; a cap keeps one request from hashing megabytes. */
    public static final int MAX_LENGTH = 512;
    /** No 0/o, 1/l/i: nothing to confuse when read from a screen. 31 letters, about 4.95 bits each. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 16 characters in groups of four ({@code k7qm-x2pa-9fde-tw3h}), about 79 bits. */
    public static String readable() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Throws with a message a person can act on when {@code password} is too short or too long. */
    public static void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("password must be at most " + MAX_LENGTH + " characters");
        }
    }
}
