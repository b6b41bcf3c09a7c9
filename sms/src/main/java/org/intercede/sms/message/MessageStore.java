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
import redis.clients.jedis.params.SetParams;

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
        Map<String, String> fields = sealedFields(direction, ourNumber, theirNumber, body, mediaUrls, at, status, providerId);
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

    /** What {@link #appendOnce} did with a message that carries the provider's id. */
    public enum Once {
        /** Stored now, for the first time. */
        NEW,
        /** Stored by an earlier attempt that did not finish (a crash, an outage): not stored again, to be routed. */
        UNFINISHED,
        /** Stored and dealt with before: nothing to do. */
        DUPLICATE
    }

    /** @param conversation the message's conversation, for {@link #markDone} */
    public record Appended(Once outcome, StoredMessage message, String conversation) {
    }

    // KEYS: the provider id's mark, the message, the thread. ARGV: mark's seconds, message id, channel, notice,
    // then the message's fields. The mark holds the message id until the caller calls markDone.
    private static final String APPEND_ONCE = """
            local seen = redis.call('GET', KEYS[1])
            if seen == 'done' then return {'DUPLICATE'} end
            if seen then return {'UNFINISHED', seen} end
            redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[1])
            redis.call('HSET', KEYS[2], unpack(ARGV, 5))
            redis.call('RPUSH', KEYS[3], ARGV[2])
            redis.call('PUBLISH', ARGV[3], ARGV[4])
            return {'NEW'}
            """;

    /**
     * Stores an inbound message once per provider id, in one round trip: the provider id is marked (for
     * {@code window}) in the same script that stores the message and tells listeners. The mark lives in the
     * conversation's slot, so the script is legal on a Redis Cluster. Call {@link #markDone} once the message
     * has been dealt with; until then a repeat of it comes back {@link Once#UNFINISHED}.
     */
    public Appended appendOnce(String ourNumber, String theirNumber, String body, List<String> mediaUrls,
                               MessageStatus status, String providerId, java.time.Duration window) {
        String conversation = conversationId(ourNumber, theirNumber);
        String id = ids.next();
        Instant at = clock.instant();
        Map<String, String> fields = sealedFields(Direction.INBOUND, ourNumber, theirNumber, body, mediaUrls, at, status, providerId);
        List<String> args = new ArrayList<>(List.of(Long.toString(window.toSeconds()), id, events.channel(),
                MessageEvents.notice(conversation, id)));
        fields.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        Object result = redis.eval(APPEND_ONCE, List.of(onceKey(conversation, providerId), messageKey(conversation, id),
                threadKey(conversation)), args);
        List<?> reply = (List<?>) result;
        Once outcome = Once.valueOf(text(reply.get(0)));
        return switch (outcome) {
            case NEW -> new Appended(outcome, new StoredMessage(id, conversation, Direction.INBOUND, ourNumber, theirNumber,
                    body, List.copyOf(mediaUrls), at, status, providerId, null), conversation);
            case UNFINISHED -> new Appended(outcome, get(conversation, text(reply.get(1))).orElse(null), conversation);
            case DUPLICATE -> new Appended(outcome, null, conversation);
        };
    }

    /** The message with this provider id has been dealt with: a repeat of it is a duplicate from now on. */
    public void markDone(String conversation, String providerId, java.time.Duration window) {
        redis.set(onceKey(conversation, providerId), "done", SetParams.setParams().ex(window.toSeconds()));
    }

    private static String text(Object value) {
        return value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(value);
    }

    private String onceKey(String conversation, String providerId) {
        return keys.key("c" + conversation, "once", providerId);
    }

    private Map<String, String> sealedFields(Direction direction, String ourNumber, String theirNumber, String body,
                                             List<String> mediaUrls, Instant at, MessageStatus status, String providerId) {
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
        return fields;
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
