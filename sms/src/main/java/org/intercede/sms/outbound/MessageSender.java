package org.intercede.sms.outbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.intercede.prompts.SmsSegments;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.provider.OutboundSms;
import org.intercede.sms.provider.SendResult;
import org.intercede.sms.provider.SmsProvider;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * Decides, at send time, what happens to queued messages: skip one (opted out, invalid, one of ours, expired),
 * hold it (sender paused, rate limit), send it, and what the answer means (done, retry later, failed).
 * The provider only classifies; retries are decided here.
 *
 * <p>Messages are handled a batch at a time (what one stream read gave) so that Redis round trips are paid per
 * batch, not per message: one to lock and read them all, one for the send-time checks, one for the rate limit
 * (when limits are on), and one at the end for every outcome but "sent". That Twilio accepted a message is
 * recorded at once, by the {@link AcceptanceWriter} while the next message is sent, not at the batch's end: a
 * crash in the middle of a batch must not lead to sending its accepted messages again.
 */
@Singleton
public class MessageSender {
    private static final Logger LOG = LoggerFactory.getLogger(MessageSender.class);
    /** After a 429 we wait at least this long: Twilio's own advice for its REST API. */
    private static final Duration THROTTLE_WAIT = Duration.ofSeconds(1);
    private static final Set<MessageStatus> FINAL = EnumSet.of(MessageStatus.SENT,
            MessageStatus.DELIVERED, MessageStatus.UNDELIVERED, MessageStatus.FAILED, MessageStatus.SKIPPED);

    /** A reference read from a lane's stream: which message of which conversation. */
    public record Queued(String conversation, String messageId) {
    }

    /** A message this dispatcher holds the lock of, still to be decided. */
    private record Taken(MessageStore.Loaded loaded, String lock) {
        StoredMessage message() {
            return loaded.message();
        }

        Lane lane() {
            return Lane.valueOf(loaded.field(OutboundQueue.FIELD_LANE));
        }
    }

    /** What one batch leaves to write at its end: deferred outcomes and the locks still held. */
    private static final class BatchEnd {
        final List<Consumer<AbstractPipeline>> writes = new ArrayList<>();
        final List<String> locks = new ArrayList<>();
        final List<CompletableFuture<Void>> accepted = new ArrayList<>();
        /** Messages sent per sender, counted once per batch for the carrier-filtering share. */
        final Map<String, Integer> sentBy = new HashMap<>();
    }

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final MessageStore store;
    private final OutboundQueue queue;
    private final NumberRegistry numbers;
    private final OptOutStore optOuts;
    private final InvalidNumbers invalid;
    private final SenderHealth senders;
    private final RateLimiter rates;
    private final DeliveryConsequences consequences;
    private final SmsProvider provider;
    private final OutboundSettings settings;
    private final Clock clock;
    private final List<SendCheck> checks;
    private final AcceptanceWriter acceptances;
    private final Map<SendResult.Outcome, Counter> results = new EnumMap<>(SendResult.Outcome.class);

    public MessageSender(UnifiedJedis redis, RedisKeys keys, MessageStore store, OutboundQueue queue, NumberRegistry numbers,
                         OptOutStore optOuts, InvalidNumbers invalid, SenderHealth senders, RateLimiter rates,
                         DeliveryConsequences consequences, SmsProvider provider, OutboundSettings settings, Clock clock,
                         MeterRegistry metrics, List<SendCheck> checks, AcceptanceWriter acceptances) {
        this.redis = redis;
        this.keys = keys;
        this.store = store;
        this.queue = queue;
        this.numbers = numbers;
        this.optOuts = optOuts;
        this.invalid = invalid;
        this.senders = senders;
        this.rates = rates;
        this.consequences = consequences;
        this.provider = provider;
        this.settings = settings;
        this.clock = clock;
        this.checks = checks;
        this.acceptances = acceptances;
        for (SendResult.Outcome outcome : SendResult.Outcome.values()) {
            results.put(outcome, metrics.counter("intercede.outbound.results", "outcome", outcome.name().toLowerCase()));
        }
    }

    /**
     * Handles a batch of queued messages. Safe to call twice for the same message: it is sent at most once.
     *
     * @param atEnd        added to the batch's last round trip only if every message was dealt with (the dispatcher
     *                     acknowledges the stream entries there; after a failure they stay pending, to be taken over)
     * @param betweenSends run after each send (the dispatcher sends waiting replies there during a bulk batch)
     */
    public void handle(List<Queued> batch, Consumer<AbstractPipeline> atEnd, Runnable betweenSends) {
        BatchEnd end = new BatchEnd();
        boolean dealtWith = false;
        // The batch's locks expire, and its stream entries may be taken over, after reclaimAfter: what has not
        // started to go out by half of that is put back rather than sent under a lock that may be gone.
        long sendUntil = System.nanoTime() + settings.reclaimAfter().toNanos() / 2;
        try {
            for (Taken taken : ready(take(batch, end), end)) {
                if (System.nanoTime() < sendUntil) {
                    send(taken, end);
                    betweenSends.run();
                } else {
                    schedule(end, taken, clock.instant());
                }
            }
            // Acknowledged only once every acceptance is written: an entry whose record did not make it stays
            // pending, and its message is decided again by whoever takes it over.
            CompletableFuture.allOf(end.accepted.toArray(CompletableFuture[]::new)).join();
            dealtWith = true;
        } finally {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                end.writes.forEach(write -> write.accept(pipeline));
                end.sentBy.forEach((sender, count) -> senders.sent(pipeline, sender, count));
                // One DEL per lock: on a Redis Cluster the locks live in different slots.
                end.locks.forEach(pipeline::del);
                if (dealtWith) {
                    atEnd.accept(pipeline);
                }
                pipeline.sync();
            }
        }
    }

    /** Locks and reads the batch's messages in one round trip; keeps those this dispatcher must decide. */
    private List<Taken> take(List<Queued> batch, BatchEnd end) {
        List<Response<String>> locked = new ArrayList<>(batch.size());
        List<Response<Map<String, String>>> fields = new ArrayList<>(batch.size());
        List<String> lockKeys = new ArrayList<>(batch.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (Queued q : batch) {
                // One dispatcher at a time per message, for as long as a send may take; a dead holder's lock expires.
                String lock = keys.key("c" + q.conversation(), "m", q.messageId(), "sending");
                lockKeys.add(lock);
                locked.add(pipeline.set(lock, "1", SetParams.setParams().nx().px(settings.reclaimAfter().toMillis())));
                fields.add(store.load(pipeline, q.conversation(), q.messageId()));
            }
            pipeline.sync();
        }
        List<Taken> taken = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            if (locked.get(i).get() == null) {
                continue;
            }
            String lock = lockKeys.get(i);
            end.locks.add(lock);
            Queued q = batch.get(i);
            store.loaded(q.conversation(), q.messageId(), fields.get(i).get())
                    .filter(loaded -> !FINAL.contains(loaded.message().status()))
                    .ifPresent(loaded -> taken.add(new Taken(loaded, lock)));
        }
        return taken;
    }

    /** The send-time checks, for the whole batch: returns the messages that go out now. */
    private List<Taken> ready(List<Taken> taken, BatchEnd end) {
        Instant now = clock.instant();
        List<Taken> known = new ArrayList<>(taken.size());
        List<NumberRole> roles = new ArrayList<>(taken.size());
        for (Taken t : taken) {
            StoredMessage m = t.message();
            String expires = t.loaded().field(OutboundQueue.FIELD_EXPIRES);
            Optional<NumberRole> role = numbers.roleOfSender(m.ourNumber());
            if (expires != null && now.toEpochMilli() > Long.parseLong(expires)) {
                finish(end, m, MessageStatus.SKIPPED, "expired");
            } else if (role.isEmpty()) {
                finish(end, m, MessageStatus.FAILED, "unknown-sender");
            } else if (numbers.find(m.ourNumber()).map(OwnedNumber::burned).orElse(false)) {
                finish(end, m, MessageStatus.SKIPPED, "burned-sender");
            } else if (numbers.isOurs(m.theirNumber())) {
                finish(end, m, MessageStatus.SKIPPED, "own-number");
            } else {
                known.add(t);
                roles.add(role.get());
            }
        }
        List<Response<Boolean>> optedOut = new ArrayList<>(known.size());
        List<Response<Boolean>> invalidNumber = new ArrayList<>(known.size());
        // A batch is mostly from a few senders: each one's pause is read once.
        Map<String, Response<String>> pausedBySender = new HashMap<>();
        if (!known.isEmpty()) {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                for (int i = 0; i < known.size(); i++) {
                    StoredMessage m = known.get(i).message();
                    optedOut.add(optOuts.isOptedOut(pipeline, roles.get(i), m.theirNumber()));
                    invalidNumber.add(invalid.isInvalid(pipeline, m.theirNumber()));
                    pausedBySender.computeIfAbsent(m.ourNumber(), sender -> senders.pausedUntil(pipeline, sender));
                }
                pipeline.sync();
            }
        }
        List<Taken> allowed = new ArrayList<>(known.size());
        for (int i = 0; i < known.size(); i++) {
            Taken t = known.get(i);
            StoredMessage m = t.message();
            boolean confirmation = t.loaded().field(OutboundQueue.FIELD_CONFIRMS_OPT_OUT) != null;
            Optional<Instant> pausedUntil = senders.pausedUntil(pausedBySender.get(m.ourNumber()).get(), now);
            Optional<String> skip = !confirmation && optedOut.get(i).get() ? Optional.of("opted-out")
                    : invalidNumber.get(i).get() ? Optional.of("invalid-number")
                    : PhoneNumbers.isLandline(m.theirNumber()) ? Optional.of("landline")
                    : refusal(t.loaded(), roles.get(i));
            if (skip.isPresent()) {
                finish(end, m, MessageStatus.SKIPPED, skip.get());
            } else if (pausedUntil.isPresent()) {
                schedule(end, t, pausedUntil.get());
            } else {
                allowed.add(t);
            }
        }
        return withinRate(allowed, now, end);
    }

    private Optional<String> refusal(MessageStore.Loaded loaded, NumberRole role) {
        for (SendCheck check : checks) {
            Optional<String> refused = check.refuse(loaded, role);
            if (refused.isPresent()) {
                return refused;
            }
        }
        return Optional.empty();
    }

    /** Takes each message's segments from its sender's bucket; those that must wait are put back for later. */
    private List<Taken> withinRate(List<Taken> allowed, Instant now, BatchEnd end) {
        if (!settings.rateLimited() || allowed.isEmpty()) {
            return allowed;
        }
        List<Response<Object>> waits = new ArrayList<>(allowed.size());
        try (AbstractPipeline pipeline = redis.pipelined()) {
            for (Taken t : allowed) {
                waits.add(rates.take(pipeline, t.message().ourNumber(), SmsSegments.count(t.message().body()).segments()));
            }
            pipeline.sync();
        }
        List<Taken> sendable = new ArrayList<>(allowed.size());
        for (int i = 0; i < allowed.size(); i++) {
            long waitMillis = ((Number) waits.get(i).get()).longValue();
            if (waitMillis > 0) {
                schedule(end, allowed.get(i), now.plusMillis(waitMillis));
            } else {
                sendable.add(allowed.get(i));
            }
        }
        return sendable;
    }

    private void send(Taken t, BatchEnd end) {
        StoredMessage m = t.message();
        SendResult result = provider.send(new OutboundSms(m.id(), m.ourNumber(), m.theirNumber(), m.body(), m.mediaUrls()));
        results.get(result.outcome()).increment();
        switch (result.outcome()) {
            case SENT -> {
                end.accepted.add(acceptances.write(pipeline -> {
                    store.updateStatus(pipeline, m.conversation(), m.id(), MessageStatus.SENT, result.providerId(), null);
                    store.indexProviderId(pipeline, result.providerId(), m.conversation(), m.id());
                    pipeline.del(t.lock());
                }));
                end.locks.remove(t.lock());
                end.sentBy.merge(m.ourNumber(), 1, Integer::sum);

            }
            case THROTTLED -> schedule(end, t, clock.instant().plus(THROTTLE_WAIT));
            case TRANSIENT_FAILURE -> {
                long attempts = store.incrementField(m.conversation(), m.id(), OutboundQueue.FIELD_ATTEMPTS);
                if (attempts >= settings.maxAttempts()) {
                    LOG.warn("Message {} failed after {} attempts: {}", m.id(), attempts, result.errorCode());
                    finish(end, m, MessageStatus.FAILED, result.errorCode());
                } else {
                    schedule(end, t, clock.instant().plus(backoff(attempts)));
                }
            }
            case PERMANENT_FAILURE -> {
                LOG.info("Message {} refused: {}", m.id(), result.errorCode());
                finish(end, m, MessageStatus.FAILED, result.errorCode());
                consequences.apply(m, result.errorCode());
            }
        }
    }

    /** Exponential backoff with jitter: attempt n waits between half and all of backoff * 2^(n-1), capped. */
    Duration backoff(long attempt) {
        long base = settings.backoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, settings.maxBackoff().toMillis());
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** A final outcome other than "sent", written with the batch's end (a crash before it only means deciding again). */
    private void finish(BatchEnd end, StoredMessage m, MessageStatus status, String reason) {
        end.writes.add(pipeline -> store.updateStatus(pipeline, m.conversation(), m.id(), status, null, reason));
    }

    private void schedule(BatchEnd end, Taken t, Instant when) {
        end.writes.add(pipeline -> queue.schedule(pipeline, t.lane(), t.message().conversation(), t.message().id(), when));
    }
}
