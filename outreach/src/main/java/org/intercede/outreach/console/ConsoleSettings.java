package org.intercede.outreach.console;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * The caseworker console. Every field is an environment variable {@code INTERCEDE_CONSOLE_<FIELD>}; a field left
 * unset takes the default named here (the only place defaults live).
 *
 * @param idleTimeout         a session unused this long ends (30m)
 * @param maxSessionAge       a session ends this long after sign-in, however busy (12h)
 * @param lockoutAttempts     failed sign-ins for one username within {@code lockoutWindow} that lock it (5)
 * @param lockoutWindow       how far back failed sign-ins are counted, per username and per address (15m)
 * @param lockoutDuration     how long a locked username stays locked, even for the right password (15m)
 * @param ipAttempts          failed sign-ins from one client address within {@code lockoutWindow} after which
 *                            that address is refused (30)
 * @param secureCookies       {@code true}/{@code false} forces the cookies' Secure flag; unset: Secure when the
 *                            request came over HTTPS or with {@code X-Forwarded-Proto: https}
 * @param clientAddressHeader behind a reverse proxy, the header it puts the client's address in (e.g.
 *                            {@code X-Forwarded-For}; its last entry is used); unset: the connection's address.
 *                            Set it only behind a proxy, since a client can send any header
 * @param passwordMemory      argon2id memory cost in KiB (19456, OWASP's minimum for argon2id)
 * @param passwordIterations  argon2id passes (2)
 */
@ConfigurationProperties("intercede.console")
public record ConsoleSettings(
        @Nullable Duration idleTimeout,
        @Nullable Duration maxSessionAge,
        @Nullable Integer lockoutAttempts,
        @Nullable Duration lockoutWindow,
        @Nullable Duration lockoutDuration,
        @Nullable Integer ipAttempts,
        @Nullable Boolean secureCookies,
        @Nullable String clientAddressHeader,
        @Nullable Integer passwordMemory,
        @Nullable Integer passwordIterations) {

    public ConsoleSettings {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        maxSessionAge = maxSessionAge == null ? Duration.ofHours(12) : maxSessionAge;
        lockoutAttempts = lockoutAttempts == null ? 5 : lockoutAttempts;
        lockoutWindow = lockoutWindow == null ? Duration.ofMinutes(15) : lockoutWindow;
        lockoutDuration = lockoutDuration == null ? Duration.ofMinutes(15) : lockoutDuration;
        ipAttempts = ipAttempts == null ? 30 : ipAttempts;
        clientAddressHeader = clientAddressHeader == null || clientAddressHeader.isBlank() ? null : clientAddressHeader.trim();
        passwordMemory = passwordMemory == null ? 19_456 : passwordMemory;
        passwordIterations = passwordIterations == null ? 2 : passwordIterations;
        if (lockoutAttempts < 1 || ipAttempts < 1) {
            throw new IllegalArgumentException("INTERCEDE_CONSOLE_LOCKOUT_ATTEMPTS and INTERCEDE_CONSOLE_IP_ATTEMPTS must be at least 1");
        }
        if (passwordMemory < 8 || passwordIterations < 1) {
            throw new IllegalArgumentException("INTERCEDE_CONSOLE_PASSWORD_MEMORY must be at least 8 (KiB) and INTERCEDE_CONSOLE_PASSWORD_ITERATIONS at least 1");
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero() || maxSessionAge.isNegative() || maxSessionAge.isZero()) {
            throw new IllegalArgumentException("INTERCEDE_CONSOLE_IDLE_TIMEOUT and INTERCEDE_CONSOLE_MAX_SESSION_AGE must be positive");
        }
    }

    public static ConsoleSettings defaults() {
        return new ConsoleSettings(null, null, null, null, null, null, null, null, null, null);
    }
}
