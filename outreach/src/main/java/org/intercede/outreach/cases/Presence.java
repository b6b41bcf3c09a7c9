package org.intercede.outreach.cases;

import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

/**
 * Which caseworkers are at their console: an open console page reports in every few seconds (its live
 * connection does), and anyone not heard from within {@link CaseSettings#onlineWindow()} is offline.
 */
@Singleton
public class Presence {
    private final UnifiedJedis redis;
    private final CaseKeys keys;
    private final Clock clock;
    private final CaseSettings settings;

    public Presence(UnifiedJedis redis, RedisKeys keys, Clock clock, CaseSettings settings) {
        this.redis = redis;
        this.keys = new CaseKeys(keys);
        this.clock = clock;
        this.settings = settings;
    }

    /** Returns true when this caseworker was offline until now. */
    public boolean heartbeat(String userId) {
        Double last = redis.zscore(keys.online(), userId);
        long now = clock.millis();
        redis.zadd(keys.online(), now, userId);
        return last == null || now - last > settings.onlineWindow().toMillis();
    }

    public void leave(String userId) {
        redis.zrem(keys.online(), userId);
    }

    public Set<String> online() {
        long since = clock.millis() - settings.onlineWindow().toMillis();
        return new HashSet<>(redis.zrangeByScore(keys.online(), since, Double.POSITIVE_INFINITY));
    }

    public boolean isOnline(String userId) {
        Double last = redis.zscore(keys.online(), userId);
        return last != null && last >= clock.millis() - settings.onlineWindow().toMillis();
    }
}
