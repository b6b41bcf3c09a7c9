package org.intercede.sms.outbound;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.TestClock;
import org.intercede.sms.TestContexts;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.twilio.FakeTwilio.Answer;
import org.intercede.sms.provider.SmsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.XReadGroupParams;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Outbound through the real queue, dispatchers and Twilio SDK to a fake Twilio, on a real Redis. */
class OutboundTest {
    private static final String DECOY = "+12065550100";
    private static final String OUTREACH = "+12065550142";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeTwilio twilio = new FakeTwilio();
    private ApplicationContext context;
    private TestClock clock;

    private void start(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.outbound.workers", "1");
        properties.putAll(settings);
        context = TestContexts.start(properties);
        clock = context.getBean(TestClock.class);
    }

    @AfterEach
    void stop() {
        if (context != null) {
            context.close();
        }
        twilio.close();
    }

    private static String phone() {
        return "+1425555" + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 9000));
    }

    private StoredMessage enqueue(OutboundRequest request) {
        return context.getBean(OutboundQueue.class).enqueue(request);
    }

    private MessageStatus status(StoredMessage m) {
        return context.getBean(MessageStore.class).get(m.conversation(), m.id()).orElseThrow().status();
    }

    private String error(StoredMessage m) {
        return context.getBean(MessageStore.class).get(m.conversation(), m.id()).orElseThrow().errorCode();
    }

    @Test
    void aQueuedMessageReachesTwilioOnceWithItsProviderIdRecorded() {
        start(Map.of());
        String to = phone();
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, to, "hello"));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
        assertThat(twilio.received()).singleElement().satisfies(r -> {
            assertThat(r.to()).isEqualTo(to);
            assertThat(r.from()).isEqualTo(DECOY);
            assertThat(r.body()).isEqualTo("hello");
        });
        StoredMessage sent = context.getBean(MessageStore.class).get(m.conversation(), m.id()).orElseThrow();
        assertThat(context.getBean(MessageStore.class).findByProviderId(sent.providerId())).hasValueSatisfying(
                found -> assertThat(found.id()).isEqualTo(m.id()));
    }

    @Test
    void theSenderRateLimitCountsSegmentsAndFollowsTheClock() {
        start(Map.of("intercede.outbound.segments-per-second", "1", "intercede.outbound.burst-segments", "2"));
        String to = phone();
        StoredMessage twoSegments = enqueue(OutboundRequest.bulk(DECOY, to, "a".repeat(200)));
        StoredMessage first = enqueue(OutboundRequest.bulk(DECOY, to, "one"));
        StoredMessage second = enqueue(OutboundRequest.bulk(DECOY, to, "two"));
        await().atMost(WAIT).until(() -> status(twoSegments) == MessageStatus.SENT);
        // The bucket (2 segments) is empty: nothing more goes out until the clock moves.
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> twilio.received().size() == 1);

        // One second buys one segment: exactly one of the two waiting messages goes.
        clock.advance(Duration.ofSeconds(1));
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> twilio.received().size() == 2);
        assertThat(List.of(status(first), status(second))).containsExactlyInAnyOrder(MessageStatus.SENT, MessageStatus.QUEUED);

        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> status(first) == MessageStatus.SENT && status(second) == MessageStatus.SENT);
    }

    @Test
    void aRecipientWhoOptedOutAtTwilioIsNeverTextedAgainByThatRole() {
        start(Map.of());
        String to = phone();
        twilio.thenAnswer(Answer.error(400, 21610, "Attempt to send to unsubscribed recipient"));
        StoredMessage refused = enqueue(OutboundRequest.bulk(OUTREACH, to, "first"));
        await().atMost(WAIT).until(() -> status(refused) == MessageStatus.FAILED);
        assertThat(error(refused)).isEqualTo("21610");
        assertThat(context.getBean(OptOutStore.class).isOptedOut(NumberRole.OUTREACH, to)).isTrue();

        StoredMessage next = enqueue(OutboundRequest.bulk(OUTREACH, to, "second"));
        await().atMost(WAIT).until(() -> status(next) == MessageStatus.SKIPPED);
        assertThat(error(next)).isEqualTo("opted-out");
        assertThat(twilio.received()).hasSize(1);
    }

    @Test
    void anInvalidNumberIsFailedAndSuppressed() {
        start(Map.of());
        String to = phone();
        twilio.thenAnswer(Answer.error(400, 21614, "To number is not a valid mobile number"));
        StoredMessage refused = enqueue(OutboundRequest.bulk(OUTREACH, to, "first"));
        await().atMost(WAIT).until(() -> status(refused) == MessageStatus.FAILED);
        assertThat(context.getBean(InvalidNumbers.class).isInvalid(to)).isTrue();
        StoredMessage next = enqueue(OutboundRequest.reply(DECOY, to, "second"));
        await().atMost(WAIT).until(() -> status(next) == MessageStatus.SKIPPED);
        assertThat(twilio.received()).hasSize(1);
    }

    @Test
    void throttlingIsRetriedAfterAPauseWithoutCountingAsAnAttempt() {
        start(Map.of("intercede.outbound.max-attempts", "1"));
        twilio.thenAnswer(Answer.status(429));
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, phone(), "hi"));
        await().atMost(WAIT).until(() -> twilio.received().size() == 1);
        assertThat(status(m)).isEqualTo(MessageStatus.QUEUED);
        clock.advance(Duration.ofSeconds(1));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
        assertThat(twilio.received()).hasSize(2);
    }

    @Test
    void serverErrorsAreRetriedWithBackoffUntilTheAttemptsRunOut() {
        start(Map.of("intercede.outbound.max-attempts", "3", "intercede.outbound.backoff", "10s"));
        twilio.answerAllWith(Answer.status(500));
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, phone(), "hi"));
        await().atMost(WAIT).until(() -> twilio.received().size() == 1);
        clock.advance(Duration.ofSeconds(10));
        await().atMost(WAIT).until(() -> twilio.received().size() == 2);
        clock.advance(Duration.ofSeconds(20));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.FAILED);
        assertThat(twilio.received()).hasSize(3);
        assertThat(error(m)).isEqualTo("http-500");
    }

    @Test
    void backoffDoublesWithJitterAndIsCapped() {
        start(Map.of("intercede.outbound.backoff", "2s", "intercede.outbound.max-backoff", "30s"));
        MessageSender sender = context.getBean(MessageSender.class);
        for (int i = 0; i < 50; i++) {
            assertThat(sender.backoff(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
            assertThat(sender.backoff(3)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
            assertThat(sender.backoff(10)).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
        }
    }

    @Test
    void aMessageThatCanNoLongerGoOutInTimeIsDroppedUnsent() {
        start(Map.of());
        StoredMessage m = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "today only")
                .notBefore(clock.instant().plus(Duration.ofMinutes(10))).validFor(Duration.ofMinutes(5)));
        clock.advance(Duration.ofMinutes(10));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SKIPPED);
        assertThat(error(m)).isEqualTo("expired");
        assertThat(twilio.received()).isEmpty();
    }

    @Test
    void aNotBeforeTimeHoldsTheMessageUntilTheClockReachesIt() {
        start(Map.of());
        StoredMessage m = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "later")
                .notBefore(clock.instant().plus(Duration.ofHours(2))));
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> twilio.received().isEmpty());
        clock.advance(Duration.ofHours(2));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
    }

    @Test
    void theSameIdempotencyKeyTwiceSendsOnce() {
        start(Map.of());
        String to = phone();
        StoredMessage first = enqueue(OutboundRequest.bulk(OUTREACH, to, "once").idempotencyKey("campaign-7:" + to));
        StoredMessage again = enqueue(OutboundRequest.bulk(OUTREACH, to, "once").idempotencyKey("campaign-7:" + to));
        assertThat(again.id()).isEqualTo(first.id());
        await().atMost(WAIT).until(() -> status(first) == MessageStatus.SENT);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> twilio.received().size() == 1);
    }

    @Test
    void ourOwnNumbersAreNeverTexted() {
        start(Map.of());
        StoredMessage m = enqueue(OutboundRequest.bulk(OUTREACH, DECOY, "hello me"));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SKIPPED);
        assertThat(error(m)).isEqualTo("own-number");
        assertThat(twilio.received()).isEmpty();
    }

    @Test
    void repliesGoBeforeBulkWhateverWasQueuedFirst() {
        start(Map.of("intercede.outbound.dispatch", "false"));
        for (int i = 0; i < 5; i++) {
            enqueue(OutboundRequest.bulk(OUTREACH, phone(), "bulk " + i));
        }
        enqueue(OutboundRequest.reply(DECOY, phone(), "the reply"));
        OutboundDispatcher dispatcher = dispatcher();
        try {
            await().atMost(WAIT).until(() -> twilio.received().size() == 6);
            assertThat(twilio.received().get(0).body()).isEqualTo("the reply");
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void oneBatchOfMixedMessagesGivesEachItsOwnOutcomeAndIsAcknowledgedWhole() {
        start(Map.of("intercede.outbound.dispatch", "false"));
        String optedOut = phone();
        context.getBean(OptOutStore.class).optOut(NumberRole.OUTREACH, optedOut, "test");
        // Queued with no dispatcher running, so that one stream read takes them all as one batch.
        StoredMessage first = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "first"));
        StoredMessage toOptedOut = enqueue(OutboundRequest.bulk(OUTREACH, optedOut, "not to them"));
        StoredMessage refused = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "refused"));
        StoredMessage toUs = enqueue(OutboundRequest.bulk(OUTREACH, DECOY, "not to ourselves"));
        StoredMessage expired = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "too late").validFor(Duration.ofMinutes(1)));
        StoredMessage throttled = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "throttled"));
        StoredMessage last = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "last"));
        clock.advance(Duration.ofMinutes(2));
        twilio.thenAnswer(Answer.accepted(), Answer.error(400, 21211, "invalid 'To' number"), Answer.status(429));
        OutboundQueue queue = context.getBean(OutboundQueue.class);
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        createGroups(redis, queue);
        OutboundDispatcher dispatcher = dispatcher();
        try {
            await().atMost(WAIT).until(() -> status(last) == MessageStatus.SENT);
            await().atMost(WAIT).until(() -> redis.xpending(queue.stream(Lane.BULK), OutboundDispatcher.GROUP).getTotal() == 0);
            assertThat(status(first)).isEqualTo(MessageStatus.SENT);
            assertThat(status(toOptedOut)).isEqualTo(MessageStatus.SKIPPED);
            assertThat(error(toOptedOut)).isEqualTo("opted-out");
            assertThat(status(refused)).isEqualTo(MessageStatus.FAILED);
            assertThat(status(toUs)).isEqualTo(MessageStatus.SKIPPED);
            assertThat(error(toUs)).isEqualTo("own-number");
            assertThat(status(expired)).isEqualTo(MessageStatus.SKIPPED);
            assertThat(error(expired)).isEqualTo("expired");
            // A 429 puts the message back for later; it is neither lost nor failed.
            assertThat(status(throttled)).isEqualTo(MessageStatus.QUEUED);
            assertThat(twilio.received()).extracting(FakeTwilio.Received::body).containsExactly("first", "refused", "throttled", "last");
            assertThat(context.getBean(MessageStore.class).findByProviderId(
                    context.getBean(MessageStore.class).get(last.conversation(), last.id()).orElseThrow().providerId())).isPresent();
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void aSlowBatchPutsBackWhatItCannotSendBeforeItsLocksRunOut() {
        // Two dispatchers; Twilio answers slowly, so one batch would outlast its locks and another dispatcher
        // would take its entries over. Nothing may go out twice.
        start(Map.of("intercede.outbound.dispatch", "false", "intercede.outbound.workers", "2",
                "intercede.outbound.reclaim-after", "400ms"));
        twilio.answerAllWith(Answer.accepted().after(Duration.ofMillis(250)));
        List<StoredMessage> queued = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            queued.add(enqueue(OutboundRequest.bulk(OUTREACH, phone(), "slow " + i)));
        }
        OutboundQueue queue = context.getBean(OutboundQueue.class);
        createGroups(context.getBean(UnifiedJedis.class), queue);
        OutboundDispatcher dispatcher = dispatcher();
        try {
            await().atMost(WAIT).until(() -> queued.stream().allMatch(m -> status(m) == MessageStatus.SENT));
            await().during(Duration.ofMillis(600)).atMost(WAIT).until(() -> twilio.received().size() == queued.size());
            assertThat(twilio.received()).extracting(FakeTwilio.Received::body).doesNotHaveDuplicates();
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void aReplyQueuedWhileABatchOfBulkGoesOutDoesNotWaitForTheWholeBatch() {
        start(Map.of("intercede.outbound.dispatch", "false"));
        twilio.answerAllWith(Answer.accepted().after(Duration.ofMillis(150)));
        for (int i = 0; i < 12; i++) {
            enqueue(OutboundRequest.bulk(OUTREACH, phone(), "bulk " + i));
        }
        OutboundQueue queue = context.getBean(OutboundQueue.class);
        createGroups(context.getBean(UnifiedJedis.class), queue);
        OutboundDispatcher dispatcher = dispatcher();
        try {
            // One dispatcher has taken the twelve as one batch and is sending them, 150 ms each.
            await().atMost(WAIT).until(() -> !twilio.received().isEmpty());
            StoredMessage reply = enqueue(OutboundRequest.reply(DECOY, phone(), "the reply"));
            await().atMost(WAIT).until(() -> status(reply) == MessageStatus.SENT);
            List<String> bodies = twilio.received().stream().map(FakeTwilio.Received::body).toList();
            assertThat(bodies.indexOf("the reply")).as("sent before the rest of the bulk batch: %s", bodies).isLessThan(8);
            await().atMost(WAIT).until(() -> twilio.received().size() == 13);
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void aMessageLeftPendingByADeadDispatcherIsTakenOverAndSentOnce() {
        start(Map.of("intercede.outbound.dispatch", "false", "intercede.outbound.reclaim-after", "300ms"));
        OutboundQueue queue = context.getBean(OutboundQueue.class);
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, phone(), "orphan"));
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        createGroups(redis, queue);
        // A dispatcher reads the entry, then dies before sending or acknowledging it.
        redis.xreadGroup(OutboundDispatcher.GROUP, "dead-consumer", XReadGroupParams.xReadGroupParams().count(10),
                Map.of(queue.stream(Lane.REPLY), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        OutboundDispatcher dispatcher = dispatcher();
        try {
            await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
            assertThat(twilio.received()).hasSize(1);
            await().atMost(WAIT).until(() -> redis.xpending(queue.stream(Lane.REPLY), OutboundDispatcher.GROUP).getTotal() == 0);
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void aMessageTwilioAlreadyAcceptedIsNotSentAgainWhenTakenOver() {
        start(Map.of("intercede.outbound.dispatch", "false", "intercede.outbound.reclaim-after", "300ms"));
        OutboundQueue queue = context.getBean(OutboundQueue.class);
        MessageStore store = context.getBean(MessageStore.class);
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, phone(), "already out"));
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        createGroups(redis, queue);
        redis.xreadGroup(OutboundDispatcher.GROUP, "dead-consumer", XReadGroupParams.xReadGroupParams().count(10),
                Map.of(queue.stream(Lane.REPLY), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
        // It died after Twilio accepted the message and the acceptance was recorded, before acknowledging.
        store.updateStatus(m.conversation(), m.id(), MessageStatus.SENT, "SM-accepted-before-crash", null);
        OutboundDispatcher dispatcher = dispatcher();
        try {
            await().atMost(WAIT).until(() -> redis.xpending(queue.stream(Lane.REPLY), OutboundDispatcher.GROUP).getTotal() == 0);
            assertThat(twilio.received()).isEmpty();
        } finally {
            dispatcher.stop();
        }
    }

    @Test
    void aSenderWhoseMessagesCarriersFilterIsPaused() {
        start(Map.of("intercede.outbound.filtering-minimum", "2", "intercede.outbound.filtering-threshold", "0.5"));
        StatusCallbacks callbacks = context.getBean(StatusCallbacks.class);
        MessageStore store = context.getBean(MessageStore.class);
        for (int i = 0; i < 2; i++) {
            StoredMessage m = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "offer " + i));
            await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
            callbacks.apply(store.get(m.conversation(), m.id()).orElseThrow().providerId(), "undelivered", "30007");
            assertThat(status(m)).isEqualTo(MessageStatus.UNDELIVERED);
        }
        assertThat(context.getBean(SenderHealth.class).pausedUntil(OUTREACH)).isPresent();
        StoredMessage held = enqueue(OutboundRequest.bulk(OUTREACH, phone(), "held"));
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> twilio.received().size() == 2);
        assertThat(status(held)).isEqualTo(MessageStatus.QUEUED);
        clock.advance(Duration.ofHours(6).plusSeconds(1));
        await().atMost(WAIT).until(() -> status(held) == MessageStatus.SENT);
    }

    @Test
    void statusCallbacksOnlyMoveForward() {
        start(Map.of());
        StoredMessage m = enqueue(OutboundRequest.reply(DECOY, phone(), "hi"));
        await().atMost(WAIT).until(() -> status(m) == MessageStatus.SENT);
        String sid = context.getBean(MessageStore.class).get(m.conversation(), m.id()).orElseThrow().providerId();
        StatusCallbacks callbacks = context.getBean(StatusCallbacks.class);
        callbacks.apply(sid, "delivered", null);
        callbacks.apply(sid, "sent", null);
        assertThat(status(m)).isEqualTo(MessageStatus.DELIVERED);
    }

    private OutboundDispatcher dispatcher() {
        OutboundDispatcher dispatcher = new OutboundDispatcher(context.getBean(UnifiedJedis.class),
                context.getBean(OutboundQueue.class), context.getBean(MessageSender.class),
                context.getBean(SmsProvider.class), context.getBean(OutboundSettings.class),
                clock);
        dispatcher.start();
        return dispatcher;
    }

    private static void createGroups(UnifiedJedis redis, OutboundQueue queue) {
        for (String stream : List.of(queue.stream(Lane.REPLY), queue.stream(Lane.BULK))) {
            try {
                redis.xgroupCreate(stream, OutboundDispatcher.GROUP, new StreamEntryID(0, 0), true);
            } catch (JedisDataException ignored) {
                // The group exists already.
            }
        }
    }
}
