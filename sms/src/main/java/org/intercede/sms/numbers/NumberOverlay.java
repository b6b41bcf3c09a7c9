package org.intercede.sms.numbers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Numbers added or burned at run time ({@code numbers add|burn}, the admin API), kept in Redis so every
 * process sees them, laid over the numbers file. Each process re-reads them every few seconds.
 */
@Context
public class NumberOverlay {
    private static final Logger LOG = LoggerFactory.getLogger(NumberOverlay.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REFRESH_SECONDS = 5;
    private final UnifiedJedis redis;
    private final String key;
    private final NumberRegistry registry;
    private ScheduledExecutorService refresher;

    public NumberOverlay(UnifiedJedis redis, RedisKeys keys, NumberRegistry registry) {
        this.redis = redis;
        this.key = keys.key("numbers", "overlay");
        this.registry = registry;
    }

    @PostConstruct
    void start() {
        refresh();
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "numbers-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(() -> {
            try {
                refresh();
            } catch (RuntimeException e) {
                LOG.warn("Could not refresh the numbers added at run time ({})", e.getClass().getSimpleName());
            }
        }, REFRESH_SECONDS, REFRESH_SECONDS, TimeUnit.SECONDS);
    }

    /** Adds a number, or changes one; it is in force in this process at once, in the others within seconds. */
    public OwnedNumber put(OwnedNumber number) {
        if (!PhoneNumbers.isE164(number.number())) {
            throw new IllegalArgumentException("number must be E.164");
        }
        try {
            redis.hset(key, number.number(), JSON.writeValueAsString(number));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        refresh();
        return number;
    }

    /** Marks a number burned: it never sends again. */
    public OwnedNumber burn(String e164) {
        OwnedNumber current = registry.find(e164)
                .orElseThrow(() -> new IllegalArgumentException("not one of our numbers"));
        return put(new OwnedNumber(current.number(), current.role(), current.label(), current.pool(), current.persona(),
                current.jurisdiction(), current.locale(), true));
    }

    public void refresh() {
        Map<String, OwnedNumber> runtime = new HashMap<>();
        redis.hgetAll(key).forEach((number, json) -> {
            try {
                runtime.put(number, JSON.readValue(json, OwnedNumber.class));
            } catch (JsonProcessingException e) {
                LOG.warn("A run-time number entry is unreadable and was ignored");
            }
        });
        registry.overlay(runtime);
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }
}
