package org.intercede.sms.events;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
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
    private final Object lifecycle = new Object();
    private volatile Thread subscriber;
    private volatile JedisPubSub pubSub;
    private volatile boolean closed;

    public MessageEvents(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.channel = keys.prefix() + ":events";
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
        ensureSubscriber();
        listeners.computeIfAbsent(conversation, c -> new CopyOnWriteArraySet<>()).add(onMessageId);
        return () -> listeners.computeIfPresent(conversation, (c, set) -> {
            set.remove(onMessageId);
            return set.isEmpty() ? null : set;
        });
    }

    private void ensureSubscriber() {
        synchronized (lifecycle) {
            if (subscriber != null || closed) {
                return;
            }
            subscriber = new Thread(this::run, "message-events");
            subscriber.setDaemon(true);
            subscriber.start();
        }
    }

    private void run() {
        long backoffMillis = 100;
        while (!closed) {
            JedisPubSub current = new JedisPubSub() {
                @Override
                public void onMessage(String ch, String message) {
                    dispatch(message);
                }
            };
            pubSub = current;
            try {
                redis.subscribe(current, channel);
                backoffMillis = 100;
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Lost the Redis event subscription ({}); reconnecting", e.getClass().getSimpleName());
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 5_000);
            }
        }
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
                LOG.warn("A message listener failed: {}", e.toString());
            }
        }
    }

    @PreDestroy
    void close() {
        closed = true;
        JedisPubSub current = pubSub;
        if (current != null && current.isSubscribed()) {
            current.unsubscribe();
        }
    }
}
