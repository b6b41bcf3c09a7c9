package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.Direction;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepts messages to send. The message is stored (sealed) first; then a reference to it goes on its lane's
 * Redis Stream, or into the delayed set until its not-before time. Dispatchers in any process read the
 * streams as one consumer group, so the queue survives restarts and scales out.
 *
 * <p>Keys share the {@code {outbound}} hash tag so the Lua script that moves due messages is Cluster-safe.
 */
@Singleton
public class OutboundQueue {
    static final String FIELD_LANE = "lane";
    static final String FIELD_EXPIRES = "exp";
    static final String FIELD_ATTEMPTS = "att";
    static final String FIELD_CONFIRMS_OPT_OUT = "oc";
    public static final String FIELD_PURPOSE = "purpose";
    private static final long IDEMPOTENCY_DAYS = 7;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final MessageStore store;
    private final MessageEvents events;
    private final PiiHasher hasher;
    private final Clock clock;

    public OutboundQueue(UnifiedJedis redis, RedisKeys keys, MessageStore store, MessageEvents events, PiiHasher hasher,
                         Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.store = store;
        this.events = events;
        this.hasher = hasher;
        this.clock = clock;
    }

    public StoredMessage enqueue(OutboundRequest request) {
        String idempotency = request.idempotencyKey() == null ? null : keys.key("idem" + hasher.hash(request.idempotencyKey()));
        if (idempotency != null) {
            Optional<StoredMessage> earlier = earlier(idempotency);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Instant now = clock.instant();
        Map<String, String> extra = new HashMap<>();
        extra.put(FIELD_LANE, request.lane().name());
        if (request.purpose() != null) {
            extra.put(FIELD_PURPOSE, request.purpose());
        }
        if (request.confirmsOptOut()) {
            extra.put(FIELD_CONFIRMS_OPT_OUT, "1");
        }
        if (request.validity() != null) {
            extra.put(FIELD_EXPIRES, Long.toString(now.plus(request.validity()).toEpochMilli()));
        }
        StoredMessage stored = store.append(Direction.OUTBOUND, request.from(), request.to(), request.body(),
                request.mediaUrls(), MessageStatus.QUEUED, null, extra);
        if (idempotency != null) {
            String won = redis.set(idempotency, stored.conversation() + " " + stored.id(),
                    SetParams.setParams().nx().ex(IDEMPOTENCY_DAYS * 86_400L));
            if (won == null) {
                // Another process enqueued the same key at the same moment: keep theirs, drop ours unsent.
                store.updateStatus(stored.conversation(), stored.id(), MessageStatus.SKIPPED, null, "duplicate");
                return earlier(idempotency).orElse(stored);
            }
        }
        Instant notBefore = request.notBefore();
        if (notBefore != null && notBefore.isAfter(now)) {
            schedule(request.lane(), stored.conversation(), stored.id(), notBefore);
        } else {
            redis.xadd(stream(request.lane()), StreamEntryID.NEW_ENTRY, Map.of("c", stored.conversation(), "m", stored.id()));
        }
        return stored;
    }

    /** Puts a message (back) into the delayed set; it moves to its lane's stream when due. */
    void schedule(Lane lane, String conversation, String messageId, Instant when) {
        redis.zadd(delayedKey(), when.toEpochMilli(), delayedMember(lane, conversation, messageId));
    }

    /** As {@link #schedule(Lane, String, String, Instant)}, inside a pipeline. */
    void schedule(AbstractPipeline pipeline, Lane lane, String conversation, String messageId, Instant when) {
        pipeline.zadd(delayedKey(), when.toEpochMilli(), delayedMember(lane, conversation, messageId));
    }

    private static String delayedMember(Lane lane, String conversation, String messageId) {
        return lane.name() + "|" + conversation + "|" + messageId;
    }

    private Optional<StoredMessage> earlier(String idempotencyKey) {
        String ref = redis.get(idempotencyKey);
        if (ref == null) {
            return Optional.empty();
        }
        int space = ref.indexOf(' ');
        return store.get(ref.substring(0, space), ref.substring(space + 1));
    }

    String stream(Lane lane) {
        return keys.key("outbound", lane.label());
    }

    String delayedKey() {
        return keys.key("outbound", "delayed");
    }

    List<String> streams() {
        return List.of(stream(Lane.REPLY), stream(Lane.BULK));
    }
}
