package org.intercede.outreach.console.auth;

import org.intercede.outreach.console.ConsoleSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordHasherTest {
    private static PasswordHasher hasher(int memory, int iterations) {
        return new PasswordHasher(new ConsoleSettings(null, null, null, null, null, null, null, null, memory, iterations));
    }

    @Test
    void aHashIsSaltedArgon2idThatVerifiesOnlyItsOwnPassword() {
        PasswordHasher hasher = hasher(64, 1);
        String first = hasher.hash("correct horse battery");
        assertThat(first).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(first);
        assertThat(hasher.verify("correct horse battery", first)).isTrue();
        assertThat(hasher.verify("correct horse batterY", first)).isFalse();
        assertThat(hasher.verify("correct horse battery", "not a hash")).isFalse();
    }

    @Test
    void aHashMadeAtAnotherCostStillVerifiesAndIsSeenAsOutdated() {
        String old = hasher(32, 1).hash("correct horse battery");
        PasswordHasher now = hasher(64, 2);
        assertThat(now.verify("correct horse battery", old)).isTrue();
        assertThat(now.outdated(old)).isTrue();
        assertThat(now.outdated(now.hash("correct horse battery"))).isFalse();
    }

    @Test
    void theDefaultCostIsOwaspsMinimumForArgon2id() {
        ConsoleSettings defaults = ConsoleSettings.defaults();
        assertThat(defaults.passwordMemory()).isEqualTo(19_456);
        assertThat(defaults.passwordIterations()).isEqualTo(2);
    }

    @Test
    void generatedPasswordsAreLongEnoughAndReadable() {
        String password = Passwords.readable();
        assertThat(password).matches("[a-hj-km-np-z2-9]{4}(-[a-hj-km-np-z2-9]{4}){3}");
        assertThat(password).isNotEqualTo(Passwords.readable());
    }
}
