package org.intercede.sms.optout;

import jakarta.inject.Singleton;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.util.Map;

/**
 * Who asked not to be texted, per role: an opt-out from outreach covers every outreach number, one from a
 * decoy covers every decoy. Numbers are kept as keyed hashes. Every change is audited with time and reason;
 * only the person texting START undoes an opt-out.
 */
@Singleton
public class OptOutStore {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final Clock clock;

    public OptOutStore(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
    }

    public boolean isOptedOut(NumberRole role, String number) {
        return redis.sismember(setKey(role), hasher.hash(number));
    }

    /** Adds the check to a pipeline, for send-time checks made in one round trip. */
    public Response<Boolean> isOptedOut(AbstractPipeline pipeline, NumberRole role, String number) {
        return pipeline.sismember(setKey(role), hasher.hash(number));
    }

    /** @param reason what happened, e.g. "keyword STOP", "Twilio 21610", "reply triaged as opt-out" */
    public void optOut(NumberRole role, String number, String reason) {
        change(role, number, "opt-out", reason, true);
    }

    /** Only for the person's own START (or equivalent) message. */
    public void optIn(NumberRole role, String number, String reason) {
        change(role, number, "opt-in", reason, false);
    }

    private void change(NumberRole role, String number, String action, String reason, boolean out) {
        String hash = hasher.hash(number);
        try (AbstractTransaction tx = redis.multi()) {
            if (out) {
                tx.sadd(setKey(role), hash);
            } else {
                tx.srem(setKey(role), hash);
            }
            tx.xadd(keys.key("optout", "audit"), StreamEntryID.NEW_ENTRY, Map.of(
                    "role", role.label(), "number", hash, "action", action, "reason", reason,
                    "at", Long.toString(clock.millis())));
            tx.exec();
        }
    }

    /** Opt-outs from numbers of a role on one UTC day, from the audit trail. */
    public long countOn(NumberRole role, java.time.LocalDate day) {
        long from = day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli();
        long to = day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
        return redis.xrange(keys.key("optout", "audit"), new StreamEntryID(from, 0), new StreamEntryID(to, Long.MAX_VALUE))
                .stream().filter(e -> role.label().equals(e.getFields().get("role")) && "opt-out".equals(e.getFields().get("action")))
                .count();
    }

    private String setKey(NumberRole role) {
        return keys.key("optout", role.label());
    }
}
