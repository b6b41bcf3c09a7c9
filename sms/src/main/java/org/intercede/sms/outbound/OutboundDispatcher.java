package org.intercede.sms.outbound;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.intercede.sms.provider.SmsProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XAutoClaimParams;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The threads that move messages: workers read the lane streams as one consumer group (replies first), a
 * mover puts due delayed messages on their streams, and workers take over entries that a dead dispatcher
 * left pending (XAUTOCLAIM after {@code reclaimAfter}).
 */
@Context
@Requires(property = "intercede.outbound.dispatch", notEquals = "false")
public class OutboundDispatcher {
    static final String GROUP = "dispatchers";
    private static final Logger LOG = LoggerFactory.getLogger(OutboundDispatcher.class);
    private static final int BLOCK_MILLIS = 500;
    private static final int BATCH = 32;
    private static final long REPLY_CHECK_MILLIS = 250;
    private static final long MOVE_EVERY_MILLIS = 100;
    /** Moves due messages from the delayed set to their lane's stream, atomically, a batch at a time. */
    private static final String MOVE_DUE = """
            local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[2]))
            for _, member in ipairs(due) do
              local lane, c, m = string.match(member, '^(%u+)|([^|]+)|(.+)$')
              local stream = KEYS[3]
              if lane == 'REPLY' then stream = KEYS[2] end
              redis.call('XADD', stream, '*', 'c', c, 'm', m)
              redis.call('ZREM', KEYS[1], member)
            end
            return #due
            """;

    private final UnifiedJedis redis;
    private final OutboundQueue queue;
    private final MessageSender sender;
    private final SmsProvider provider;
    private final OutboundSettings settings;
    private final Clock clock;
    private final String consumerPrefix = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    public OutboundDispatcher(UnifiedJedis redis, OutboundQueue queue, MessageSender sender, SmsProvider provider,
                              OutboundSettings settings, Clock clock) {
        this.redis = redis;
        this.queue = queue;
        this.sender = sender;
        this.provider = provider;
        this.settings = settings;
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        createGroups();
        for (int i = 0; i < settings.workers(); i++) {
            String consumer = consumerPrefix + "-" + i;
            threads.add(thread("dispatcher-" + i, () -> work(consumer)));
        }
        threads.add(thread("dispatcher-mover", this::moveDue));
        LOG.info("Sending through the {} provider with {} dispatcher(s)", provider.name(), settings.workers());
    }

    /** Creates the consumer group on each lane (and the stream with it); again if someone deleted them. */
    private void createGroups() {
        for (String stream : queue.streams()) {
            try {
                redis.xgroupCreate(stream, GROUP, new StreamEntryID(0, 0), true);
            } catch (JedisDataException e) {
                if (!e.getMessage().startsWith("BUSYGROUP")) {
                    throw e;
                }
            }
        }
    }

    private Thread thread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void work(String consumer) {
        long nextReclaim = 0;
        while (running) {
            try {
                if (System.currentTimeMillis() >= nextReclaim) {
                    reclaim(consumer);
                    nextReclaim = System.currentTimeMillis() + Math.max(1_000, settings.reclaimAfter().toMillis() / 2);
                }
                // Both lanes in one read, replies handled first; only when both are empty, wait on them.
                if (!readBoth(consumer, false)) {
                    readBoth(consumer, true);
                }
            } catch (JedisDataException e) {
                if (!running) {
                    return;
                }
                if (e.getMessage() != null && e.getMessage().startsWith("NOGROUP")) {
                    createGroups();
                } else {
                    LOG.warn("Dispatcher {} hit a Redis error ({}); retrying", consumer, e.getMessage());
                    pause(500);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Dispatcher {} hit a Redis error ({}: {}); retrying", consumer, e.getClass().getSimpleName(), e.getMessage());
                pause(500);
            }
        }
    }

    /** Reads up to a batch from each lane and handles it, replies first; false when there was nothing. */
    private boolean readBoth(String consumer, boolean block) {
        Map<String, StreamEntryID> both = new LinkedHashMap<>();
        both.put(queue.stream(Lane.REPLY), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        both.put(queue.stream(Lane.BULK), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        XReadGroupParams params = XReadGroupParams.xReadGroupParams().count(BATCH);
        if (block) {
            params.block(BLOCK_MILLIS);
        }
        List<Map.Entry<String, List<StreamEntry>>> result = redis.xreadGroup(GROUP, consumer, params, both);
        if (result == null || result.stream().allMatch(batch -> batch.getValue().isEmpty())) {
            return false;
        }
        String replies = queue.stream(Lane.REPLY);
        List<Map.Entry<String, List<StreamEntry>>> ordered = new ArrayList<>(result);
        ordered.sort((x, y) -> Boolean.compare(!x.getKey().equals(replies), !y.getKey().equals(replies)));
        for (Map.Entry<String, List<StreamEntry>> batch : ordered) {
            handleAll(batch.getValue(), batch.getKey(), consumer);
        }
        return true;
    }

    private void handleAll(List<StreamEntry> entries, String stream, String consumer) {
        if (entries.isEmpty()) {
            return;
        }
        List<MessageSender.Queued> batch = entries.stream()
                .map(e -> new MessageSender.Queued(e.getFields().get("c"), e.getFields().get("m"))).toList();
        StreamEntryID[] ids = entries.stream().map(StreamEntry::getID).toArray(StreamEntryID[]::new);
        // Acknowledged in the batch's last round trip, once all of it was dealt with: an entry handled but not
        // yet acknowledged when the process dies is taken over later, and the sender sees it already sent.
        Consumer<AbstractPipeline> acknowledge = pipeline -> {
            pipeline.xack(stream, GROUP, ids);
            pipeline.xdel(stream, ids);
        };
        sender.handle(batch, acknowledge, stream.equals(queue.stream(Lane.REPLY)) ? () -> { } : repliesMeanwhile(consumer));
    }

    /**
     * Run between the sends of a bulk batch: replies queued since it began go out before the rest of it. Against
     * Twilio a send takes a few hundred milliseconds, so a batch of bulk would otherwise hold replies for seconds.
     * Looked for at most every {@link #REPLY_CHECK_MILLIS}, so a fast provider pays almost nothing for it.
     */
    private Runnable repliesMeanwhile(String consumer) {
        long[] nextCheck = {System.nanoTime() + REPLY_CHECK_MILLIS * 1_000_000};
        String replies = queue.stream(Lane.REPLY);
        return () -> {
            if (System.nanoTime() < nextCheck[0]) {
                return;
            }
            List<Map.Entry<String, List<StreamEntry>>> read = redis.xreadGroup(GROUP, consumer,
                    XReadGroupParams.xReadGroupParams().count(BATCH), Map.of(replies, StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
            if (read != null) {
                read.forEach(batch -> handleAll(batch.getValue(), replies, consumer));
            }
            nextCheck[0] = System.nanoTime() + REPLY_CHECK_MILLIS * 1_000_000;
        };
    }

    private void reclaim(String consumer) {
        for (String stream : queue.streams()) {
            Map.Entry<StreamEntryID, List<StreamEntry>> claimed = redis.xautoclaim(stream, GROUP, consumer,
                    settings.reclaimAfter().toMillis(), new StreamEntryID(0, 0), XAutoClaimParams.xAutoClaimParams().count(BATCH));
            if (!claimed.getValue().isEmpty()) {
                LOG.info("Took over {} message(s) a stopped dispatcher left on {}", claimed.getValue().size(), stream);
                handleAll(claimed.getValue(), stream, consumer);
            }
        }
    }

    private void moveDue() {
        List<String> streamKeys = List.of(queue.delayedKey(), queue.stream(Lane.REPLY), queue.stream(Lane.BULK));
        while (running) {
            try {
                Object moved = redis.eval(MOVE_DUE, streamKeys, List.of(Long.toString(clock.millis()), "100"));
                if (((Number) moved).longValue() < 100) {
                    pause(MOVE_EVERY_MILLIS);
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                pause(500);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(BLOCK_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
