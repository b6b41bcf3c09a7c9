package org.intercede.bot.live;

import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotMemory;
import org.intercede.bot.policy.BotSettings;
import org.intercede.bot.policy.ConversationState;
import org.intercede.bot.policy.Level;
import org.intercede.bot.policy.Stage;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.UnifiedJedis;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The live bot's memory in Redis. Nothing personal in clear: conversations are keyed by the keyed hash of the
 * pair, buyers by the keyed hash of their number, recent message texts are kept only as keyed hashes (enough
 * to spot an auto-responder repeating itself), and everything expires after the retention.
 */
@Singleton
public class RedisBotMemory implements BotMemory {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final long retentionSeconds;

    public RedisBotMemory(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher, BotSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
        this.retentionSeconds = settings.retention().toSeconds();
    }

    @Override
    public Optional<ConversationState> conversation(String conversationKey) {
        Map<String, String> f = redis.hgetAll(stateKey(conversationKey));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ConversationState(Stage.valueOf(f.get("stage")), Integer.parseInt(f.get("turns")),
                new LinkedHashSet<>(split(f.get("intents"))), split(f.get("bodies")),
                f.containsKey("level") ? Level.valueOf(f.get("level")) : null, instant(f.get("started")),
                instant(f.get("last")), f.containsKey("pending") ? instant(f.get("pending")) : null, f.get("reason"),
                f.get("from")));
    }

    @Override
    public void save(String conversationKey, ConversationState state) {
        Map<String, String> f = new HashMap<>();
        f.put("stage", state.stage().name());
        f.put("turns", Integer.toString(state.turns()));
        f.put("intents", String.join(",", state.intents()));
        // Fingerprints (keyed hashes) of recent texts, never the texts: see BotEngine's fingerprint.
        f.put("bodies", String.join(",", state.lastBodies()));
        f.put("started", Long.toString(state.startedAt().toEpochMilli()));
        f.put("last", Long.toString(state.lastAt().toEpochMilli()));
        f.put("reason", state.lastReason() == null ? "" : state.lastReason());
        String key = stateKey(conversationKey);
        try (AbstractTransaction tx = redis.multi()) {
            tx.del(key);
            tx.hset(key, f);
            if (state.level() != null) {
                tx.hset(key, "level", state.level().name());
            }
            if (state.replyPendingAt() != null) {
                tx.hset(key, "pending", Long.toString(state.replyPendingAt().toEpochMilli()));
            }
            if (state.deterredFrom() != null) {
                tx.hset(key, "from", state.deterredFrom());
            }
            tx.expire(key, retentionSeconds);
            tx.exec();
        }
    }

    @Override
    public Optional<Instant> lastDeterred(String buyerKey) {
        String at = redis.get(keys.key("b" + buyerKey, "deterred"));
        return Optional.ofNullable(at).map(RedisBotMemory::instant);
    }

    @Override
    public void deterred(String buyerKey, Instant at) {
        redis.setex(keys.key("b" + buyerKey, "deterred"), retentionSeconds, Long.toString(at.toEpochMilli()));
    }

    @Override
    public boolean hasSeen(String buyerKey, String ourNumber) {
        return redis.sismember(keys.key("b" + buyerKey, "seen"), hasher.hash(ourNumber));
    }

    @Override
    public void seen(String buyerKey, String ourNumber) {
        String key = keys.key("b" + buyerKey, "seen");
        redis.sadd(key, hasher.hash(ourNumber));
        redis.expire(key, retentionSeconds);
    }

    private String stateKey(String conversationKey) {
        return keys.key("c" + conversationKey, "bot");
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static Instant instant(String millis) {
        return Instant.ofEpochMilli(Long.parseLong(millis));
    }
}
