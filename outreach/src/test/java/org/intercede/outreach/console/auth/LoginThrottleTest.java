package org.intercede.outreach.console.auth;

import io.micronaut.context.ApplicationContext;
import org.intercede.outreach.console.audit.AuditEntry;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intercede.outreach.console.auth.AuthContexts.PASSWORD;

class LoginThrottleTest {
    private static final String HOME = "10.0.0.1";
    private ApplicationContext context;
    private ConsoleSignIn signIn;
    private LoginThrottle throttle;
    private TestClock clock;

    @BeforeEach
    void start() {
        context = AuthContexts.start();
        signIn = context.getBean(ConsoleSignIn.class);
        throttle = context.getBean(LoginThrottle.class);
        clock = context.getBean(TestClock.class);
        context.getBean(UserStore.class).create(AuditLog.SYSTEM, NewUser.of("maria", Role.CASEWORKER), PASSWORD);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private ConsoleSignIn.Outcome wrong(int times) {
        ConsoleSignIn.Outcome last = null;
        for (int i = 0; i < times; i++) {
            last = signIn.signIn("maria", "not the password", HOME);
        }
        return last;
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
        assertThat(wrong(4).message()).isEqualTo("Wrong username or password.");
        ConsoleSignIn.Outcome fifth = wrong(1);
        assertThat(fifth.refusal().reason()).isEqualTo(LoginThrottle.Reason.ACCOUNT_LOCKED);
        assertThat(fifth.message()).isEqualTo("Too many failed attempts. Try again in 15 minutes.");
        ConsoleSignIn.Outcome right = signIn.signIn("maria", PASSWORD, "10.9.9.9");
        assertThat(right.session()).isNull();
        assertThat(right.refusal().reason()).isEqualTo(LoginThrottle.Reason.ACCOUNT_LOCKED);
        assertThat(context.getBean(AuditLog.class).page(null, 10)).extracting(AuditEntry::action).contains("lockout", "login-failed");
    }

    @Test
    void aLockEndsAfterTheLockoutDuration() {
        wrong(5);
        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn.signIn("maria", PASSWORD, HOME).refusal().minutes()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn.signIn("maria", PASSWORD, HOME).session()).isNotNull();
    }

    @Test
    void anAdminCanUnlockAtOnce() {
        wrong(5);
        throttle.unlock("MARIA");
        assertThat(signIn.signIn("maria", PASSWORD, HOME).session()).isNotNull();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        wrong(4);
        clock.advance(Duration.ofMinutes(16));
        assertThat(wrong(4).refusal()).isNull();
        assertThat(wrong(1).refusal()).isNotNull();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailures() {
        wrong(4);
        assertThat(signIn.signIn("maria", PASSWORD, HOME).session()).isNotNull();
        assertThat(wrong(4).refusal()).isNull();
    }

    @Test
    void unknownUsernamesAreLockedTooSoALockRevealsNothing() {
        for (int i = 0; i < 5; i++) {
            signIn.signIn("nobody", "whatever it is", HOME);
        }
        assertThat(throttle.check("nobody", HOME)).hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo(LoginThrottle.Reason.ACCOUNT_LOCKED));
        assertThat(throttle.check("maria", HOME)).isEmpty();
    }

    @Test
    void tooManyFailuresFromOneAddressRefuseItForEveryUsername() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("user" + i, HOME);
        }
        ConsoleSignIn.Outcome refused = signIn.signIn("maria", PASSWORD, HOME);
        assertThat(refused.refusal().reason()).isEqualTo(LoginThrottle.Reason.TOO_MANY_FROM_ADDRESS);
        assertThat(refused.refusal().minutes()).isEqualTo(15);
        assertThat(signIn.signIn("maria", PASSWORD, "10.0.0.2").session()).isNotNull();
        clock.advance(Duration.ofMinutes(15));
        assertThat(signIn.signIn("maria", PASSWORD, HOME).session()).isNotNull();
    }
}
