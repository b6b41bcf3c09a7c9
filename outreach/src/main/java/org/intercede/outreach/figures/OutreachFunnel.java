package org.intercede.outreach.figures;

import jakarta.inject.Singleton;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.DeliveryCounts;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How outreach turns into conversations, per UTC day: offers planned (held for review or queued), sent to
 * the gateway, delivered, replied to, engaged (the person wrote again after a caseworker answered) and
 * opted out (by keyword or in their own words).
 */
@Singleton
public class OutreachFunnel {
    /** The stages in funnel order. */
    public static final List<String> STAGES = List.of("planned", "sent", "delivered", "replied", "engaged", "opted out");
    private static final long KEPT_SECONDS = 400L * 86_400;
    /** Purpose of offers, as OfferSendCheck names them. */
    private static final String OFFER_PURPOSE = "offer:";
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final DeliveryCounts deliveries;
    private final OptOutStore optOuts;
    private final Clock clock;

    public OutreachFunnel(UnifiedJedis redis, RedisKeys keys, DeliveryCounts deliveries, OptOutStore optOuts, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.deliveries = deliveries;
        this.optOuts = optOuts;
        this.clock = clock;
    }

    /** @param stage planned, sent, replied or engaged (delivered and opted out are counted where they happen) */
    public void add(String stage, long n) {
        if (n == 0) {
            return;
        }
        String key = key(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
        redis.hincrBy(key, stage, n);
        redis.expire(key, KEPT_SECONDS);
    }

    /** Totals per stage over the last {@code days} days, today included, in funnel order. */
    public Map<String, Long> totals(int days) {
        LocalDate to = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate from = to.minusDays(days - 1L);
        List<Response<Map<String, String>>> counts = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                counts.add(p.hgetAll(key(d)));
            }
            p.sync();
        }
        Map<String, Long> totals = new LinkedHashMap<>();
        STAGES.forEach(s -> totals.put(s, 0L));
        for (Response<Map<String, String>> day : counts) {
            day.get().forEach((stage, n) -> totals.merge(stage, Long.parseLong(n), Long::sum));
        }
        totals.put("delivered", deliveries.count(OFFER_PURPOSE, from, to));
        long optedOut = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            optedOut += optOuts.countOn(NumberRole.OUTREACH, d);
        }
        totals.put("opted out", optedOut);
        return totals;
    }

    private String key(LocalDate day) {
        return keys.key("funnel", day.toString());
    }
}
