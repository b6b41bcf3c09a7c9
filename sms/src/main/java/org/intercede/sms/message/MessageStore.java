package org.intercede.sms.message;

import jakarta.inject.Singleton;
import org.intercede.sms.config.IdGenerator;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every message we receive or send, per conversation (one of our numbers and one other person).
 *
 * <p>Keys: {@code {c<conv>}:thread} lists message ids in order; {@code {c<conv>}:m:<id>} holds one message.
 * Both share the conversation's hash tag, so one transaction writes both on a Redis Cluster too. Numbers,
 * bodies and media URLs are sealed; nothing personal is stored in clear.
 */
@Singleton
public class MessageStore {
    private static final String MEDIA_SEPARATOR = "\n";
    /** Twilio sends status callbacks for up to a few days after a send. */
    private static final int PROVIDER_ID_DAYS = 7;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiSealer sealer;
    private final PiiHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;
    private final MessageEvents events;

    public MessageStore(UnifiedJedis redis, RedisKeys keys, PiiSealer sealer, PiiHasher hasher, IdGenerator ids, Clock clock,
                        MessageEvents events) {
        this.redis = redis;
        this.keys = keys;
        this.sealer = sealer;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
        this.events = events;
    }

    /** The conversation id of one of our numbers and another number. */
    public String conversationId(String ourNumber, String theirNumber) {
        return hasher.hash(ourNumber + "|" + theirNumber);
    }

    /** Stores a message and tells the conversation's listeners, in one round trip. */
    public StoredMessage append(Direction direction, String ourNumber, String theirNumber, String body,
                                List<String> mediaUrls, MessageStatus status, String providerId) {
        return append(direction, ourNumber, theirNumber, body, mediaUrls, status, providerId, Map.of());
    }

    /** @param extra fields of the module that owns the message (never personal data: it is stored as given) */
    public StoredMessage append(Direction direction, String ourNumber, String theirNumber, String body,
                                List<String> mediaUrls, MessageStatus status, String providerId, Map<String, String> extra) {
        String conversation = conversationId(ourNumber, theirNumber);
        String id = ids.next();
        Instant at = clock.instant();
        Map<String, String> fields = new HashMap<>();
        fields.put("dir", direction.name());
        fields.put("ours", sealer.seal(ourNumber));
        fields.put("theirs", sealer.seal(theirNumber));
        fields.put("body", sealer.seal(body));
        if (!mediaUrls.isEmpty()) {
            fields.put("media", sealer.seal(String.join(MEDIA_SEPARATOR, mediaUrls)));
        }
        fields.put("at", Long.toString(at.toEpochMilli()));
        fields.put("status", status.name());
        if (providerId != null) {
            fields.put("psid", providerId);
        }
        fields.putAll(extra);
        try (AbstractTransaction tx = redis.multi()) {
            tx.hset(messageKey(conversation, id), fields);
            tx.rpush(threadKey(conversation), id);
            // The change notice rides in the same round trip; listeners re-read the message, so order is safe.
            tx.publish(events.channel(), MessageEvents.notice(conversation, id));
            tx.exec();
        }
        return new StoredMessage(id, conversation, direction, ourNumber, theirNumber, body, List.copyOf(mediaUrls),
                at, status, providerId, null);
    }

    /** A message with the fields its owning module stored beside it (see {@code append(..., extra)}). */
    public record Loaded(StoredMessage message, Map<String, String> fields) {
        public String field(String name) {
            return fields.get(name);
        }
    }

    /** Adds reading a message to a pipeline; call {@link #loaded} on the response after {@code sync()}. */
    public Response<Map<String, String>> load(AbstractPipeline pipeline, String conversation, String id) {
        return pipeline.hgetAll(messageKey(conversation, id));
    }

    public Optional<Loaded> loaded(String conversation, String id, Map<String, String> fields) {
        if (fields == null || fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(open(conversation, id, fields), fields));
    }

    /** Adds a status change (and its change notice) to a pipeline. */
    public void updateStatus(AbstractPipeline pipeline, String conversation, String id, MessageStatus status,
                             String providerId, String errorCode) {
        pipeline.hset(messageKey(conversation, id), statusFields(status, providerId, errorCode));
        pipeline.publish(events.channel(), MessageEvents.notice(conversation, id));
    }

    public void indexProviderId(AbstractPipeline pipeline, String providerId, String conversation, String id) {
        pipeline.setex(keys.key("psid" + providerId), PROVIDER_ID_DAYS * 86_400L, conversation + " " + id);
    }

    public Optional<StoredMessage> get(String conversation, String id) {
        Map<String, String> fields = redis.hgetAll(messageKey(conversation, id));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(open(conversation, id, fields));
    }

    /** The last {@code limit} messages of a conversation, oldest first. */
    public List<StoredMessage> thread(String conversation, int limit) {
        List<String> messageIds = redis.lrange(threadKey(conversation), -limit, -1);
        List<StoredMessage> messages = new ArrayList<>(messageIds.size());
        for (String id : messageIds) {
            get(conversation, id).ifPresent(messages::add);
        }
        return messages;
    }

    public void updateStatus(String conversation, String id, MessageStatus status, String providerId, String errorCode) {
        redis.hset(messageKey(conversation, id), statusFields(status, providerId, errorCode));
    }

    private static Map<String, String> statusFields(MessageStatus status, String providerId, String errorCode) {
        Map<String, String> fields = new HashMap<>();
        fields.put("status", status.name());
        if (providerId != null) {
            fields.put("psid", providerId);
        }
        if (errorCode != null) {
            fields.put("err", errorCode);
        }
        return fields;
    }

    /** Makes a whole conversation (its thread and every message in it) expire after {@code retention}. */
    public void expireConversation(String conversation, java.time.Duration retention) {
        List<String> ids = redis.lrange(threadKey(conversation), 0, -1);
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.expire(threadKey(conversation), retention.toSeconds());
            for (String id : ids) {
                pipeline.expire(messageKey(conversation, id), retention.toSeconds());
            }
            pipeline.sync();
        }
    }

    public String field(String conversation, String id, String name) {
        return redis.hget(messageKey(conversation, id), name);
    }

    public long incrementField(String conversation, String id, String name) {
        return redis.hincrBy(messageKey(conversation, id), name, 1);
    }

    /** Remembers which of our messages a provider id belongs to, for status callbacks (kept a week). */
    public void indexProviderId(String providerId, String conversation, String id) {
        redis.setex(keys.key("psid" + providerId), PROVIDER_ID_DAYS * 86_400L, conversation + " " + id);
    }

    public Optional<StoredMessage> findByProviderId(String providerId) {
        String ref = redis.get(keys.key("psid" + providerId));
        if (ref == null) {
            return Optional.empty();
        }
        int space = ref.indexOf(' ');
        return get(ref.substring(0, space), ref.substring(space + 1));
    }

    private StoredMessage open(String conversation, String id, Map<String, String> f) {
        String media = f.get("media");
        List<String> mediaUrls = media == null ? List.of() : Arrays.asList(sealer.open(media).split(MEDIA_SEPARATOR));
        return new StoredMessage(id, conversation, Direction.valueOf(f.get("dir")), sealer.open(f.get("ours")),
                sealer.open(f.get("theirs")), sealer.open(f.get("body")), mediaUrls,
                Instant.ofEpochMilli(Long.parseLong(f.get("at"))), MessageStatus.valueOf(f.get("status")),
                f.get("psid"), f.get("err"));
    }

    private String threadKey(String conversation) {
        return keys.key("c" + conversation, "thread");
    }

    private String messageKey(String conversation, String id) {
        return keys.key("c" + conversation, "m", id);
    }
}
