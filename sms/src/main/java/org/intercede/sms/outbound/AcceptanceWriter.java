package org.intercede.sms.outbound;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Records that Twilio accepted a message, for every dispatcher, on a thread of its own: a dispatcher hands the
 * record over and sends its next message while the record is written, instead of waiting a Redis round trip
 * per message. The record still leaves at once (not at the end of the batch), so a crash can lose at most the
 * few written in that instant, as before. Records waiting together go in one pipeline.
 */
@Singleton
public class AcceptanceWriter {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptanceWriter.class);
    private static final int MOST_AT_ONCE = 256;

    private record Write(Consumer<AbstractPipeline> commands, CompletableFuture<Void> done) {
    }

    private final UnifiedJedis redis;
    private final BlockingQueue<Write> waiting = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    public AcceptanceWriter(UnifiedJedis redis) {
        this.redis = redis;
        this.thread = new Thread(this::run, "acceptance-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues the commands; the future completes once Redis has them (exceptionally if it could not). */
    CompletableFuture<Void> write(Consumer<AbstractPipeline> commands) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        waiting.add(new Write(commands, done));
        return done;
    }

    private void run() {
        List<Write> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(waiting.take());
            } catch (InterruptedException e) {
                break;
            }
            waiting.drainTo(batch, MOST_AT_ONCE - 1);
            try (AbstractPipeline pipeline = redis.pipelined()) {
                batch.forEach(w -> w.commands().accept(pipeline));
                pipeline.sync();
                batch.forEach(w -> w.done().complete(null));
            } catch (RuntimeException e) {
                // The dispatchers waiting on these see the failure and leave their batch unacknowledged.
                LOG.warn("Could not record {} accepted message(s): {}", batch.size(), e.getClass().getSimpleName());
                batch.forEach(w -> w.done().completeExceptionally(e));
            }
            batch.clear();
        }
        // Stopping: a dispatcher still waiting on a record learns it was not written, and leaves its batch pending.
        waiting.forEach(w -> w.done().completeExceptionally(new IllegalStateException("stopped before writing")));
    }

    @PreDestroy
    void stop() {
        running = false;
        thread.interrupt();
    }
}
