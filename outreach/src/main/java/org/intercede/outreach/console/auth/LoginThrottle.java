package org.intercede.outreach.console.auth;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.ConsoleSettings;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Slows password guessing (OWASP Authentication Cheat Sheet, "account lockout"): failed sign-ins are counted
 * per username and per client address over a sliding window. {@code lockoutAttempts} failures lock the username
 * for {@code lockoutDuration}, during which even the right password is refused; {@code ipAttempts} failures
 * from one address refuse that address until the oldest of them leaves the window.
 *
 * <p>Usernames are counted whether they exist or not, so a lockout says nothing about which accounts exist.
 * Keys hold a hash of the typed username or address, never the text. Times come from the injected clock;
 * Redis TTLs only collect old keys.
 */
@Singleton
public class LoginThrottle {
    private static final Duration GC_MARGIN = Duration.ofMinutes(5);

    /** Why a sign-in is refused before its password is checked, and for how long. */
    public record Refusal(Reason reason, Duration retryAfter) {
        /** Whole minutes to wait, at least one: what the sign-in page tells the person. */
        public long minutes() {
            return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        }
    }

    public enum Reason { ACCOUNT_LOCKED, TOO_MANY_FROM_ADDRESS }

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final ConsoleSettings settings;

    public LoginThrottle(UnifiedJedis redis, RedisKeys keys, Clock clock, ConsoleSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.settings = settings;
    }

    /** Empty when a sign-in as {@code username} from {@code address} may be tried now. */
    public Optional<Refusal> check(String username, String address) {
        Optional<Duration> locked = lockedFor(username);
        if (locked.isPresent()) {
            return Optional.of(new Refusal(Reason.ACCOUNT_LOCKED, locked.get()));
        }
        long now = clock.millis();
        long windowStart = now - settings.lockoutWindow().toMillis();
        String addressKey = addressKey(address);
        if (redis.zcount(addressKey, "(" + windowStart, "+inf") >= settings.ipAttempts()) {
            List<Tuple> oldest = redis.zrangeByScoreWithScores(addressKey, "(" + windowStart, "+inf", 0, 1);
            long freeAt = (long) oldest.get(0).getScore() + settings.lockoutWindow().toMillis();
            return Optional.of(new Refusal(Reason.TOO_MANY_FROM_ADDRESS, Duration.ofMillis(Math.max(0, freeAt - now))));
        }
        return Optional.empty();
    }

    /** How much longer {@code username} stays locked; empty when it is not locked. */
    public Optional<Duration> lockedFor(String username) {
        String lockedUntil = redis.get(lockKey(username));
        long left = lockedUntil == null ? 0 : Long.parseLong(lockedUntil) - clock.millis();
        return left > 0 ? Optional.of(Duration.ofMillis(left)) : Optional.empty();
    }

    /** Counts a failed sign-in; true when it locked the username just now. */
    public boolean recordFailure(String username, String address) {
        count(addressKey(address));
        if (count(failuresKey(username)) < settings.lockoutAttempts()) {
            return false;
        }
        long until = clock.millis() + settings.lockoutDuration().toMillis();
        redis.psetex(lockKey(username), settings.lockoutDuration().plus(GC_MARGIN).toMillis(), Long.toString(until));
        redis.del(failuresKey(username));
        return true;
    }

    /** A successful sign-in forgets the username's failures (not the address's). */
    public void recordSuccess(String username) {
        redis.del(failuresKey(username));
    }

    /** An admin lifts a lock (and forgets the failures) at once. */
    public void unlock(String username) {
        redis.del(lockKey(username), failuresKey(username));
    }

    /** Adds one failure now, drops those older than the window, and returns how many are left. */
    private long count(String key) {
        long now = clock.millis();
        try (AbstractTransaction tx = redis.multi()) {
            tx.zremrangeByScore(key, "-inf", Long.toString(now - settings.lockoutWindow().toMillis()));
            tx.zadd(key, now, now + "-" + UUID.randomUUID());
            Response<Long> count = tx.zcard(key);
            tx.pexpire(key, settings.lockoutWindow().plus(GC_MARGIN).toMillis());
            tx.exec();
            return count.get();
        }
    }

    private String failuresKey(String username) {
        return keys.key("login" + user(username), "failures");
    }

    private String lockKey(String username) {
        return keys.key("login" + user(username), "lock");
    }

    private String addressKey(String address) {
        return keys.key("login-from" + Tokens.sha256Hex(address == null ? "" : address));
    }

    private static String user(String username) {
        return Tokens.sha256Hex(UserFields.normalise(username));
    }
}
