package org.intercede.sms.events;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * "Something changed in conversation C" notices, across every process that shares the Redis.
 *
 * <p>A change is published on a Redis channel; each process runs one subscriber connection (started when
 * its first listener arrives) and hands notices to its local listeners, so a page connected to any
 * process sees messages handled by any other.
 */
@Singleton
public class MessageEvents {
    private static final Logger LOG = LoggerFactory.getLogger(MessageEvents.class);
    private final UnifiedJedis redis;
    private final String channel;
    private final Map<String, Set<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final ChannelSubscriber subscriber;

    public MessageEvents(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.channel = keys.prefix() + ":events";
        this.subscriber = new ChannelSubscriber(redis, channel, this::dispatch);
    }

    /** Tells every listener of {@code conversation} that message {@code messageId} is new or changed. */
    public void publish(String conversation, String messageId) {
        redis.publish(channel, notice(conversation, messageId));
    }

    /** The channel, for callers that publish inside their own transaction. */
    public String channel() {
        return channel;
    }

    public static String notice(String conversation, String messageId) {
        return conversation + " " + messageId;
    }

    /** Registers a listener for one conversation; close the returned handle to stop. */
    public AutoCloseable subscribe(String conversation, Consumer<String> onMessageId) {
        subscriber.ensureStarted();
        listeners.computeIfAbsent(conversation, c -> new CopyOnWriteArraySet<>()).add(onMessageId);
        return () -> listeners.computeIfPresent(conversation, (c, set) -> {
            set.remove(onMessageId);
            return set.isEmpty() ? null : set;
        });
    }

    private void dispatch(String message) {
        int space = message.indexOf(' ');
        if (space < 0) {
            return;
        }
        Set<Consumer<String>> set = listeners.get(message.substring(0, space));
        if (set == null) {
            return;
        }
        String messageId = message.substring(space + 1);
        for (Consumer<String> listener : set) {
            try {
                listener.accept(messageId);
            } catch (RuntimeException e) {
                // One broken page must not keep the others from hearing of the change.
                LOG.warn("A message listener failed: {}", e.toString());
            }
        }
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
