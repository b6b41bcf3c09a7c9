package org.intercede.outreach.campaign;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

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

    /**
     * @param sender   the outreach number they always hear from
     * @param campaign the campaign of the last offer, and {@code variant} its message variant (0-based), or null
     * @param replied  whether they replied since the last offer
     */
    public record Recipient(String sender, int attempts, Instant last, String campaign, Integer variant, boolean replied) {
    }

    public Optional<Recipient> find(String number) {
        Map<String, String> f = redis.hgetAll(key(number));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Recipient(f.get("sender"), Integer.parseInt(f.getOrDefault("attempts", "0")),
                f.containsKey("last") ? Instant.ofEpochMilli(Long.parseLong(f.get("last"))) : null, f.get("campaign"),
                f.containsKey("variant") ? Integer.valueOf(f.get("variant")) : null, "1".equals(f.get("replied"))));
    }

    /** One more attempt, from {@code sender}. Returns the attempt's number (1 for the first). */
    public long texted(String number, String sender, Instant at) {
        return texted(number, sender, at, null, -1);
    }

    /** One more attempt, from {@code sender}, of a campaign's message variant (for reply rates). */
    public long texted(String number, String sender, Instant at, String campaign, int variant) {
        String key = key(number);
        redis.hsetnx(key, "sender", sender);
        redis.hset(key, "last", Long.toString(at.toEpochMilli()));
        redis.hdel(key, "replied");
        if (campaign != null) {
            redis.hset(key, Map.of("campaign", campaign, "variant", Integer.toString(variant)));
        }
        return redis.hincrBy(key, "attempts", 1);
    }

    /**
     * Claims the person for one offer message for {@code cooldown}: true for the first message to claim them (and
     * again for that same message, as its retries come round), false for any other within the cooldown.
     */
    public boolean claimOffer(String number, String messageId, java.time.Duration cooldown) {
        String key = keys.key("or" + hasher.hash(number), "offer");
        String won = redis.set(key, messageId, SetParams.setParams().nx().px(cooldown.toMillis()));
        return won != null || messageId.equals(redis.get(key));
    }

    /** Marks a reply since the last offer; true only for the first, so a conversation counts once. */
    public boolean replied(String number) {
        return redis.hsetnx(key(number), "replied", "1") == 1;
    }

    private String key(String number) {
        return keys.key("or" + hasher.hash(number), "r");
    }
}
