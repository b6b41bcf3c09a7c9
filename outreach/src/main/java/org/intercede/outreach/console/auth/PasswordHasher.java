package org.intercede.outreach.console.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;
import org.intercede.outreach.console.ConsoleSettings;

/**
 * argon2id (RFC 9106) through password4j: salted PHC strings ({@code $argon2id$v=19$m=...}) that carry their own
 * parameters, so a cost changed later still verifies old hashes (and they are upgraded at the next sign-in).
 */
@Singleton
class PasswordHasher {
    private static final int PARALLELISM = 1;
    private static final int HASH_BYTES = 32;
    private static final int SALT_BYTES = 16;

    private final Argon2Function function;
    /** A hash of a random password at the current cost, checked against when there is no real hash to check. */
    private final String decoy;

    PasswordHasher(ConsoleSettings settings) {
        this.function = Argon2Function.getInstance(settings.passwordMemory(), settings.passwordIterations(), PARALLELISM,
                HASH_BYTES, Argon2.ID);
        this.decoy = hash(Passwords.readable());
    }

    String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function).getResult();
    }

    boolean verify(String password, String stored) {
        try {
            return Argon2Function.getInstanceFromHash(stored).check(password, stored);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one verification and fails: for unknown or disabled users, so timing shows nothing. */
    void verifyNothing(String password) {
        verify(password, decoy);
    }

    /** True when {@code stored} was made with another cost than the one configured now. */
    boolean outdated(String stored) {
        try {
            return !Argon2Function.getInstanceFromHash(stored).equals(function);
        } catch (RuntimeException e) {
            return true;
        }
    }
}
