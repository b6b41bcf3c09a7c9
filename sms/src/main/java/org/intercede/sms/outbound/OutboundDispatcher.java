package org.intercede.sms.outbound;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.provider.OutboundSms;
import org.intercede.sms.provider.SendResult;
import org.intercede.sms.provider.SmsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Worker threads that take messages off the outbound stream and hand them to the provider. */
@Context
@Requires(property = "intercede.outbound.dispatch", notEquals = "false")
public class OutboundDispatcher {
    static final String GROUP = "dispatchers";
    private static final Logger LOG = LoggerFactory.getLogger(OutboundDispatcher.class);
    private static final int BLOCK_MILLIS = 1_000;

    private final UnifiedJedis redis;
    private final OutboundQueue queue;
    private final MessageStore store;
    private final MessageEvents events;
    private final SmsProvider provider;
    private final OutboundSettings settings;
    private final String consumerPrefix = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean running = true;

    public OutboundDispatcher(UnifiedJedis redis, OutboundQueue queue, MessageStore store, MessageEvents events,
                              SmsProvider provider, OutboundSettings settings) {
        this.redis = redis;
        this.queue = queue;
        this.store = store;
        this.events = events;
        this.provider = provider;
        this.settings = settings;
    }

    @PostConstruct
    void start() {
        try {
            redis.xgroupCreate(queue.streamKey(), GROUP, new StreamEntryID(0, 0), true);
        } catch (JedisDataException e) {
            if (!e.getMessage().startsWith("BUSYGROUP")) {
                throw e;
            }
        }
        for (int i = 0; i < settings.workers(); i++) {
            String consumer = consumerPrefix + "-" + i;
            Thread worker = new Thread(() -> work(consumer), "dispatcher-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
        LOG.info("Sending through the {} provider with {} dispatcher(s)", provider.name(), settings.workers());
    }

    private void work(String consumer) {
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(16).block(BLOCK_MILLIS);
        Map<String, StreamEntryID> from = Map.of(queue.streamKey(), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        while (running) {
            try {
                List<Map.Entry<String, List<StreamEntry>>> batches = redis.xreadGroup(GROUP, consumer, params, from);
                if (batches == null) {
                    continue;
                }
                for (Map.Entry<String, List<StreamEntry>> batch : batches) {
                    for (StreamEntry entry : batch.getValue()) {
                        dispatch(entry);
                    }
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Dispatcher {} failed to read the queue ({}); retrying", consumer, e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void dispatch(StreamEntry entry) {
        String conversation = entry.getFields().get("c");
        String messageId = entry.getFields().get("m");
        Optional<StoredMessage> message = store.get(conversation, messageId);
        if (message.isPresent()) {
            StoredMessage m = message.get();
            SendResult result = provider.send(new OutboundSms(m.id(), m.ourNumber(), m.theirNumber(), m.body(), m.mediaUrls()));
            if (result.outcome() == SendResult.Outcome.SENT) {
                store.updateStatus(conversation, messageId, MessageStatus.SENT, result.providerId(), null);
            } else {
                LOG.warn("Message {} not sent: {} {}", messageId, result.outcome(), result.errorCode());
                store.updateStatus(conversation, messageId, MessageStatus.FAILED, null, result.errorCode());
            }
            events.publish(conversation, messageId);
        }
        redis.xack(queue.streamKey(), GROUP, entry.getID());
        redis.xdel(queue.streamKey(), entry.getID());
    }

    private void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread worker : workers) {
            try {
                worker.join(BLOCK_MILLIS * 2L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
