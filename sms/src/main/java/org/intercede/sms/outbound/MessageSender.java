package org.intercede.sms.outbound;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.intercede.prompts.SmsSegments;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Decides, at send time, what happens to one queued message: skip it (opted out, invalid, one of ours,
 * expired), hold it (sender paused, rate limit), send it, and what the answer means (done, retry later, failed).
 * The provider only classifies; retries are decided here.
 */
@Singleton
public class MessageSender {
    private static final Logger LOG = LoggerFactory.getLogger(MessageSender.class);
    /** After a 429 we wait at least this long: Twilio's own advice for its REST API. */
    private static final Duration THROTTLE_WAIT = Duration.ofSeconds(1);
    private static final java.util.Set<MessageStatus> FINAL = java.util.EnumSet.of(MessageStatus.SENT,
            MessageStatus.DELIVERED, MessageStatus.UNDELIVERED, MessageStatus.FAILED, MessageStatus.SKIPPED);

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
    private final MessageEvents events;
    private final OutboundSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final java.util.List<SendCheck> checks;

    public MessageSender(UnifiedJedis redis, RedisKeys keys, MessageStore store, OutboundQueue queue, NumberRegistry numbers,
                         OptOutStore optOuts, InvalidNumbers invalid, SenderHealth senders, RateLimiter rates,
                         DeliveryConsequences consequences, SmsProvider provider, MessageEvents events,
                         OutboundSettings settings, Clock clock, MeterRegistry metrics, java.util.List<SendCheck> checks) {
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
        this.events = events;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.checks = checks;
    }

    /**
     * Handles one queued message. Safe to call twice for the same message: it is sent at most once. Three
     * round trips to Redis in the common case: take the message (lock and read), check the recipient and the
     * sender, record the outcome.
     */
    public void handle(String conversation, String messageId) {
        // One dispatcher at a time per message, for as long as a send may take; a dead holder's lock expires.
        String lock = keys.key("c" + conversation, "m", messageId, "sending");
        Response<String> locked;
        Response<Map<String, String>> fields;
        try (AbstractPipeline pipeline = redis.pipelined()) {
            locked = pipeline.set(lock, "1", SetParams.setParams().nx().px(settings.reclaimAfter().toMillis()));
            fields = store.load(pipeline, conversation, messageId);
            pipeline.sync();
        }
        if (locked.get() == null) {
            return;
        }
        try {
            Optional<MessageStore.Loaded> loaded = store.loaded(conversation, messageId, fields.get());
            if (loaded.isPresent() && !FINAL.contains(loaded.get().message().status())) {
                decide(loaded.get());
            }
        } finally {
            redis.del(lock);
        }
    }

    private void decide(MessageStore.Loaded loaded) {
        StoredMessage m = loaded.message();
        Lane lane = Lane.valueOf(loaded.field(OutboundQueue.FIELD_LANE));
        String expires = loaded.field(OutboundQueue.FIELD_EXPIRES);
        Instant now = clock.instant();
        if (expires != null && now.toEpochMilli() > Long.parseLong(expires)) {
            finish(m, MessageStatus.SKIPPED, null, "expired");
            return;
        }
        Optional<NumberRole> role = numbers.roleOfSender(m.ourNumber());
        if (role.isEmpty()) {
            finish(m, MessageStatus.FAILED, null, "unknown-sender");
            return;
        }
        if (numbers.find(m.ourNumber()).map(OwnedNumber::burned).orElse(false)) {
            finish(m, MessageStatus.SKIPPED, null, "burned-sender");
            return;
        }
        if (numbers.isOurs(m.theirNumber())) {
            finish(m, MessageStatus.SKIPPED, null, "own-number");
            return;
        }
        Response<Boolean> optedOut;
        Response<Boolean> invalidNumber;
        Response<String> paused;
        try (AbstractPipeline pipeline = redis.pipelined()) {
            optedOut = optOuts.isOptedOut(pipeline, role.get(), m.theirNumber());
            invalidNumber = invalid.isInvalid(pipeline, m.theirNumber());
            paused = senders.pausedUntil(pipeline, m.ourNumber());
            pipeline.sync();
        }
        boolean confirmation = loaded.field(OutboundQueue.FIELD_CONFIRMS_OPT_OUT) != null;
        if (!confirmation && optedOut.get()) {
            finish(m, MessageStatus.SKIPPED, null, "opted-out");
            return;
        }
        if (invalidNumber.get()) {
            finish(m, MessageStatus.SKIPPED, null, "invalid-number");
            return;
        }
        if (PhoneNumbers.isLandline(m.theirNumber())) {
            finish(m, MessageStatus.SKIPPED, null, "landline");
            return;
        }
        for (SendCheck check : checks) {
            Optional<String> refused = check.refuse(loaded, role.get());
            if (refused.isPresent()) {
                finish(m, MessageStatus.SKIPPED, null, refused.get());
                return;
            }
        }
        Optional<Instant> pausedUntil = senders.pausedUntil(paused.get(), now);
        if (pausedUntil.isPresent()) {
            queue.schedule(lane, m.conversation(), m.id(), pausedUntil.get());
            return;
        }
        long waitMillis = rates.take(m.ourNumber(), SmsSegments.count(m.body()).segments());
        if (waitMillis > 0) {
            queue.schedule(lane, m.conversation(), m.id(), now.plusMillis(waitMillis));
            return;
        }
        SendResult result = provider.send(new OutboundSms(m.id(), m.ourNumber(), m.theirNumber(), m.body(), m.mediaUrls()));
        metrics.counter("intercede.outbound.results", "outcome", result.outcome().name().toLowerCase()).increment();
        switch (result.outcome()) {
            case SENT -> {
                try (AbstractPipeline pipeline = redis.pipelined()) {
                    store.updateStatus(pipeline, m.conversation(), m.id(), MessageStatus.SENT, result.providerId(), null);
                    store.indexProviderId(pipeline, result.providerId(), m.conversation(), m.id());
                    senders.sent(pipeline, m.ourNumber());
                    pipeline.sync();
                }
            }
            case THROTTLED -> queue.schedule(lane, m.conversation(), m.id(), now.plus(THROTTLE_WAIT));
            case TRANSIENT_FAILURE -> {
                long attempts = store.incrementField(m.conversation(), m.id(), OutboundQueue.FIELD_ATTEMPTS);
                if (attempts >= settings.maxAttempts()) {
                    LOG.warn("Message {} failed after {} attempts: {}", m.id(), attempts, result.errorCode());
                    finish(m, MessageStatus.FAILED, result.errorCode(), null);
                } else {
                    queue.schedule(lane, m.conversation(), m.id(), now.plus(backoff(attempts)));
                }
            }
            case PERMANENT_FAILURE -> {
                LOG.info("Message {} refused: {}", m.id(), result.errorCode());
                finish(m, MessageStatus.FAILED, result.errorCode(), null);
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

    private void finish(StoredMessage m, MessageStatus status, String errorCode, String skipReason) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            store.updateStatus(pipeline, m.conversation(), m.id(), status, null, errorCode != null ? errorCode : skipReason);
            pipeline.sync();
        }
    }
}
