package org.intercede.outreach.campaign;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** What outreach remembers of each person it texted: the sender they hear from, how often, and when last. */
@Singleton
public class Recipients {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;

    public Recipients(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
    }

    /** @param sender the outreach number they always hear from */
    public record Recipient(String sender, int attempts, Instant last) {
    }

    public Optional<Recipient> find(String number) {
        Map<String, String> f = redis.hgetAll(key(number));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(f.get("sender"), Integer.parseInt(f.getOrDefault("attempts", "0")),
                f.containsKey("last") ? Instant.ofEpochMilli(Long.parseLong(f.get("last"))) : null));
    }

    /** One more attempt, from {@code sender}. Returns the attempt's number (1 for the first). */
    public long texted(String number, String sender, Instant at) {
        String key = key(number);
        redis.hsetnx(key, "sender", sender);
        redis.hset(key, "last", Long.toString(at.toEpochMilli()));
        return redis.hincrBy(key, "attempts", 1);
    }

    private String key(String number) {
        return keys.key("or" + hasher.hash(number), "r");
    }
}
