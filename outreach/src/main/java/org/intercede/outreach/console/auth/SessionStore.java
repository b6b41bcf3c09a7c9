package org.intercede.outreach.console.auth;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.ConsoleSettings;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Console sessions in Redis. The key holds a SHA-256 of the session id, never the id, so a leaked dump or
 * backup gives no usable cookie (the id has 256 random bits: a plain hash is enough, nothing to brute-force).
 *
 * <p>Expiry is judged with the injected clock (idle time and age), so tests move a clock instead of sleeping;
 * a Redis TTL only collects what nobody comes back for.
 */
@Singleton
public class SessionStore {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Duration GC_MARGIN = Duration.ofMinutes(5);

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final ConsoleSettings settings;

    public SessionStore(UnifiedJedis redis, RedisKeys keys, Clock clock, ConsoleSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.settings = settings;
    }

    /** A new session for {@code user}; {@code clientAddress} is kept with it for admins to see where it came from. */
    public ConsoleSession create(ConsoleUser user, String clientAddress) {
        String id = Tokens.random();
        String hash = hash(id);
        Instant now = clock.instant();
        ConsoleSession session = new ConsoleSession(id, user.id(), Tokens.random(), now, now);
        redis.hset(key(hash), Map.of("user", user.id(), "csrf", session.csrfToken(), "created", Long.toString(now.toEpochMilli()),
                "seen", Long.toString(now.toEpochMilli()), "address", clientAddress == null ? "" : clientAddress));
        redis.pexpire(key(hash), ttl(session.createdAt(), now).toMillis());
        redis.sadd(userKey(user.id()), hash);
        redis.pexpire(userKey(user.id()), settings.maxSessionAge().plus(GC_MARGIN).toMillis());
        return session;
    }

    /**
     * The live session with this id, its last use moved to now; empty when unknown, idle longer than the idle
     * timeout or older than the maximum age (such a session is deleted).
     */
    public Optional<ConsoleSession> find(String id) {
        return find(id, true);
    }

    /**
     * @param touch false for what the page does by itself (live refreshes, the event stream): a console left open
     *              on an empty desk must still time out, so only a person's own requests count as activity
     */
    public Optional<ConsoleSession> find(String id, boolean touch) {
        if (id == null || !TOKEN.matcher(id).matches()) {
            return Optional.empty();
        }
        String hash = hash(id);
        Map<String, String> f = redis.hgetAll(key(hash));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant created = Instant.ofEpochMilli(Long.parseLong(f.get("created")));
        Instant seen = Instant.ofEpochMilli(Long.parseLong(f.get("seen")));
        if (!now.isBefore(seen.plus(settings.idleTimeout())) || !now.isBefore(created.plus(settings.maxSessionAge()))) {
            remove(hash, f.get("user"));
            return Optional.empty();
        }
        if (!touch) {
            return Optional.of(new ConsoleSession(id, f.get("user"), f.get("csrf"), created, seen));
        }
        redis.hset(key(hash), "seen", Long.toString(now.toEpochMilli()));
        redis.pexpire(key(hash), ttl(created, now).toMillis());
        return Optional.of(new ConsoleSession(id, f.get("user"), f.get("csrf"), created, now));
    }

    /** Signs out one browser. */
    public void delete(String id) {
        if (id == null || !TOKEN.matcher(id).matches()) {
            return;
        }
        String hash = hash(id);
        remove(hash, redis.hget(key(hash), "user"));
    }

    /** Signs out every browser of a user: when the account is disabled or its password changes. */
    public void deleteAllFor(String userId) {
        for (String hash : redis.smembers(userKey(userId))) {
            redis.del(key(hash));
        }
        redis.del(userKey(userId));
    }

    private void remove(String hash, String userId) {
        redis.del(key(hash));
        if (userId != null) {
            redis.srem(userKey(userId), hash);
        }
    }

    /** Until the idle timeout or the maximum age, whichever comes first, with a margin: collection only. */
    private Duration ttl(Instant created, Instant now) {
        Duration leftOfAge = Duration.between(now, created.plus(settings.maxSessionAge()));
        Duration ttl = settings.idleTimeout().compareTo(leftOfAge) < 0 ? settings.idleTimeout() : leftOfAge;
        return ttl.plus(GC_MARGIN);
    }

    static String hash(String id) {
        return Tokens.sha256Hex(id);
    }

    private String key(String hash) {
        return keys.key("session" + hash);
    }

    private String userKey(String userId) {
        return keys.key("sessions" + userId);
    }
}
