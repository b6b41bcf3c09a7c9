package org.intercede.sms.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

import java.util.function.Consumer;

/**
 * One Redis pub/sub subscription on its own thread, started on first use and reconnected with backoff when
 * the connection drops, so that a process sees notices published by every other process on the same Redis.
 * Pub/sub is fire-and-forget: listeners re-read state from Redis, so a notice missed during a reconnect only
 * delays a refresh, it loses nothing.
 */
public final class ChannelSubscriber {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelSubscriber.class);
    private final UnifiedJedis redis;
    private final String channel;
    private final Consumer<String> onNotice;
    private final Object lifecycle = new Object();
    private volatile Thread thread;
    private volatile JedisPubSub pubSub;
    private volatile boolean closed;

    public ChannelSubscriber(UnifiedJedis redis, String channel, Consumer<String> onNotice) {
        this.redis = redis;
        this.channel = channel;
        this.onNotice = onNotice;
    }

    /** Starts the subscription unless it runs already (or was closed). */
    public void ensureStarted() {
        synchronized (lifecycle) {
            if (thread != null || closed) {
                return;
            }
            thread = new Thread(this::run, "subscriber-" + channel);
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        long backoffMillis = 100;
        while (!closed) {
            JedisPubSub current = new JedisPubSub() {
                @Override
                public void onMessage(String ch, String message) {
                    try {
                        onNotice.accept(message);
                    } catch (RuntimeException e) {
                        LOG.warn("A listener of {} failed: {}", channel, e.toString());
                    }
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
                LOG.warn("Lost the Redis subscription to {} ({}); reconnecting", channel, e.getClass().getSimpleName());
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

    public void close() {
        closed = true;
        JedisPubSub current = pubSub;
        if (current != null && current.isSubscribed()) {
            current.unsubscribe();
        }
    }
}
