package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Messages confirmed delivered, per UTC day and per purpose (as the sending module named it), for the
 * figures that need them (the outreach funnel). Days are kept a year.
 */
@Singleton
public class DeliveryCounts {
    private static final long KEPT_SECONDS = 400L * 86_400;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;

    public DeliveryCounts(UnifiedJedis redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    public void delivered(String purpose) {
        String key = key(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
        redis.hincrBy(key, purpose == null ? "-" : purpose, 1);
        redis.expire(key, KEPT_SECONDS);
    }

    /** Deliveries from {@code from} to {@code to} (inclusive) whose purpose starts with {@code prefix}. */
    public long count(String prefix, LocalDate from, LocalDate to) {
        List<Response<Map<String, String>>> days = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.add(p.hgetAll(key(d)));
            }
            p.sync();
        }
        long total = 0;
        for (Response<Map<String, String>> day : days) {
            for (Map.Entry<String, String> e : day.get().entrySet()) {
                if (e.getKey().startsWith(prefix)) {
                    total += Long.parseLong(e.getValue());
                }
            }
        }
        return total;
    }

    private String key(LocalDate day) {
        return keys.key("delivered", day.toString());
    }
}
