package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.Direction;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;

import java.util.Map;

/**
 * Accepts messages to send. The message is stored (sealed) first, then a reference to it goes on a Redis
 * Stream that dispatchers in any process read as one consumer group, so the queue survives restarts.
 */
@Singleton
public class OutboundQueue {
    private final UnifiedJedis redis;
    private final MessageStore store;
    private final MessageEvents events;
    private final String stream;

    public OutboundQueue(UnifiedJedis redis, RedisKeys keys, MessageStore store, MessageEvents events) {
        this.redis = redis;
        this.store = store;
        this.events = events;
        this.stream = keys.key("outbound", "stream");
    }

    public StoredMessage enqueue(OutboundRequest request) {
        StoredMessage stored = store.append(Direction.OUTBOUND, request.from(), request.to(), request.body(),
                request.mediaUrls(), MessageStatus.QUEUED, null);
        redis.xadd(stream, StreamEntryID.NEW_ENTRY, Map.of("c", stored.conversation(), "m", stored.id()));
        events.publish(stored.conversation(), stored.id());
        return stored;
    }

    String streamKey() {
        return stream;
    }
}
