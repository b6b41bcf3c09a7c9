package org.intercede.sms.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Carrier filtering per sender (Twilio 30007). A sender whose filtered share passes the threshold is paused,
 * because carriers block numbers that keep sending what they filter; the pause is logged and counted.
 */
@Singleton
public class SenderHealth {
    private static final Logger LOG = LoggerFactory.getLogger(SenderHealth.class);
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final Clock clock;
    private final OutboundSettings settings;
    private final MeterRegistry metrics;

    public SenderHealth(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher, Clock clock, OutboundSettings settings,
                        MeterRegistry metrics) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
        this.settings = settings;
        this.metrics = metrics;
    }

    public void sent(String sender) {
        count(sender, "sent");
    }

    /** Counts messages sent inside a pipeline; the window restarts with each count. */
    public void sent(AbstractPipeline pipeline, String sender, int messages) {
        String key = key(sender, "sent");
        pipeline.incrBy(key, messages);
        pipeline.pexpire(key, settings.filteringWindow().toMillis());
    }

    public Response<String> pausedUntil(AbstractPipeline pipeline, String sender) {
        return pipeline.get(key(sender, "paused"));
    }

    /** Reads what {@link #pausedUntil(AbstractPipeline, String)} fetched. */
    public Optional<Instant> pausedUntil(String fetched, Instant now) {
        if (fetched == null) {
            return Optional.empty();
        }
        Instant when = Instant.ofEpochMilli(Long.parseLong(fetched));
        return when.isAfter(now) ? Optional.of(when) : Optional.empty();
    }

    public void filtered(String sender) {
        long filtered = count(sender, "filtered");
        String sent = redis.get(key(sender, "sent"));
        long total = Math.max(filtered, sent == null ? 0 : Long.parseLong(sent));
        if (filtered >= settings.filteringMinimum() && (double) filtered / total >= settings.filteringThreshold()) {
            Instant until = clock.instant().plus(settings.pauseFor());
            String first = redis.set(key(sender, "paused"), Long.toString(until.toEpochMilli()),
                    SetParams.setParams().nx().px(settings.pauseFor().toMillis()));
            if (first != null) {
                metrics.counter("intercede.sender.paused").increment();
                LOG.warn("Sender {} paused until {}: carriers filtered {} of its last {} messages (Twilio 30007)",
                        PhoneNumbers.mask(sender), until, filtered, total);
            }
        }
    }

    /** When the sender may send again, if it is paused. */
    public Optional<Instant> pausedUntil(String sender) {
        return pausedUntil(redis.get(key(sender, "paused")), clock.instant());
    }

    private long count(String sender, String what) {
        String key = key(sender, what);
        long value = redis.incr(key);
        if (value == 1) {
            redis.pexpire(key, settings.filteringWindow().toMillis());
        }
        return value;
    }

    private String key(String sender, String what) {
        return keys.key("sender" + hasher.hash(sender), what);
    }
}
