package org.intercede.sms.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.intercede.sms.config.AppSettings;
import org.intercede.sms.privacy.PiiSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Where accepted inbound messages wait while Redis is unreachable: one sealed line per message in
 * {@code <data>/spool/inbound.spool}, forced to disk before Twilio gets its 200, and replayed in order when
 * Redis answers again. Replays go through the gateway's MessageSid dedupe, so a replay cut short and
 * started over stores nothing twice.
 */
@Context
public class InboundSpool {
    private static final Logger LOG = LoggerFactory.getLogger(InboundSpool.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REPLAY_EVERY_MILLIS = 1_000;

    private final Path file;
    private final PiiSealer sealer;
    private final Object lock = new Object();
    private volatile boolean running = true;
    /** Mirrors "the file has lines", so the hot path never touches the disk while nothing is spooled. */
    private volatile boolean pending;
    private Thread replayer;

    public InboundSpool(AppSettings settings, PiiSealer sealer) {
        this.file = settings.dataDir().resolve("spool").resolve("inbound.spool");
        this.sealer = sealer;
        try {
            this.pending = Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            this.pending = true;
        }
    }

    /** Appends a message and forces it to disk. */
    public void append(InboundMessage message) {
        synchronized (lock) {
            try {
                Files.createDirectories(file.getParent());
                String line = sealer.seal(JSON.writeValueAsString(message)) + "\n";
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE)) {
                    channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII)));
                    channel.force(true);
                }
                pending = true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the inbound spool " + file, e);
            }
        }
    }

    public boolean hasPending() {
        return pending;
    }

    /**
     * Hands every spooled message, oldest first, to {@code receiver}; stops at the first that fails with Redis
     * still unreachable, keeping it and the rest for next time. Returns how many went through.
     */
    public int replay(java.util.function.Consumer<InboundMessage> receiver) {
        synchronized (lock) {
            if (!hasPending()) {
                return 0;
            }
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
                int done = 0;
                for (String line : lines) {
                    if (line.isBlank()) {
                        done++;
                        continue;
                    }
                    try {
                        receiver.accept(JSON.readValue(sealer.open(line), InboundMessage.class));
                        done++;
                    } catch (JedisConnectionException e) {
                        break;
                    }
                }
                keep(lines.subList(done, lines.size()));
                return done;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the inbound spool " + file, e);
            }
        }
    }

    private void keep(List<String> remaining) throws IOException {
        if (remaining.isEmpty()) {
            Files.deleteIfExists(file);
            pending = false;
            return;
        }
        Path temp = file.resolveSibling("inbound.spool.tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap((String.join("\n", remaining) + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Starts the background replay; the gateway passes itself, as the spool's only receiver. */
    void startReplaying(java.util.function.Consumer<InboundMessage> receiver) {
        replayer = new Thread(() -> {
            while (running) {
                try {
                    int replayed = replay(receiver);
                    if (replayed > 0) {
                        LOG.info("Redis is back: replayed {} spooled inbound message(s)", replayed);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Spool replay failed ({}); will retry", e.getClass().getSimpleName());
                }
                try {
                    Thread.sleep(REPLAY_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "inbound-spool");
        replayer.setDaemon(true);
        replayer.start();
    }

    @PostConstruct
    void reportLeftovers() {
        if (hasPending()) {
            LOG.warn("The inbound spool holds messages from a Redis outage; replaying them");
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (replayer != null) {
            replayer.interrupt();
        }
    }
}
