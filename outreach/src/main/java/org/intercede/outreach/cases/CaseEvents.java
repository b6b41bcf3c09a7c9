package org.intercede.outreach.cases;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.intercede.sms.events.ChannelSubscriber;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * "Case C changed" notices for every connected console, across all processes sharing the Redis. A notice
 * carries only the kind and the case id; consoles re-read what they show, filtered by who is looking.
 */
@Singleton
public class CaseEvents {
    /** What happened to a case. */
    public enum Kind { NEW, MESSAGE, UPDATE, ALERT }

    public record Notice(Kind kind, String caseId, String detail) {
        String encode() {
            return kind.name() + " " + caseId + (detail == null ? "" : " " + detail);
        }

        static Notice decode(String text) {
            String[] parts = text.split(" ", 3);
            return new Notice(Kind.valueOf(parts[0]), parts[1], parts.length > 2 ? parts[2] : null);
        }
    }

    private final UnifiedJedis redis;
    private final String channel;
    private final Set<Consumer<Notice>> listeners = new CopyOnWriteArraySet<>();
    private final ChannelSubscriber subscriber;

    public CaseEvents(UnifiedJedis redis, RedisKeys keys) {
        this.redis = redis;
        this.channel = new CaseKeys(keys).channel();
        this.subscriber = new ChannelSubscriber(redis, channel, text -> {
            Notice notice = Notice.decode(text);
            listeners.forEach(l -> l.accept(notice));
        });
    }

    public void publish(Kind kind, String caseId) {
        publish(kind, caseId, null);
    }

    /** @param detail a word or two (an alert's kind); never personal data */
    public void publish(Kind kind, String caseId, String detail) {
        redis.publish(channel, new Notice(kind, caseId, detail).encode());
    }

    public AutoCloseable subscribe(Consumer<Notice> listener) {
        subscriber.ensureStarted();
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @PreDestroy
    void close() {
        subscriber.close();
    }
}
