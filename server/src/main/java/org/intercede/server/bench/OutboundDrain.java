package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.twilio.FakeTwilio;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code gateway.outbound}: how fast the dispatchers empty a queue that is already full (as after a campaign is
 * planned), against a plain HTTP client posting the same form to the same fake Twilio from as many threads as
 * there are dispatchers. The two are measured in alternating rounds so that the machine's drift falls on both.
 *
 * <p>In each round the backlog is queued by a process whose dispatchers are off; then a process with 8 dispatchers
 * starts on the same Redis and the rate is counted at the fake, from the arrival of the tenth message in a
 * hundred to the last (the first ones overlap that process's start). A drain has no per-message latency to give:
 * its p50 and p99 are the gaps between consecutive arrivals, that is how evenly the dispatchers send.
 */
final class OutboundDrain {
    static final int DISPATCHERS = 8;
    /** Dispatchers as many as the baseline's threads, limits off. */
    static final Map<String, Object> SENDING = Map.of("intercede.outbound.workers", Integer.toString(DISPATCHERS),
            "intercede.outbound.segments-per-second", "0");
    private static final int ROUNDS = 3;
    private static final int WARM_UP_MESSAGES = 30_000;
    private static final int FILLERS = 4;

    private final Path data;
    private final String prefix;
    private final FakeTwilio twilio;
    private final String from;

    OutboundDrain(Path data, String prefix, FakeTwilio twilio, String from) {
        this.data = data;
        this.prefix = prefix;
        this.twilio = twilio;
        this.from = from;
    }

    Measurement measure(Duration duration) throws Exception {
        try (ApplicationContext producer = BenchApp.context(data, prefix, twilio, Map.of("intercede.outbound.dispatch", "false"))) {
            OutboundQueue queue = producer.getBean(OutboundQueue.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            AtomicLong plainSequence = new AtomicLong();
            URI messages = URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/" + BenchApp.ACCOUNT + "/Messages.json");
            LoadClients.Call plain = i -> plainPost(http, messages, i);
            LoadClients.warm(DISPATCHERS, Duration.ofSeconds(Math.min(3, duration.toSeconds())), plainSequence, plain);
            double rate = drain(queue, WARM_UP_MESSAGES).timing().opsPerS();
            Duration slice = duration.dividedBy(ROUNDS);
            List<LoadClients.Run> baseline = new ArrayList<>();
            List<LoadClients.Run> drained = new ArrayList<>();
            for (int r = 0; r < ROUNDS; r++) {
                baseline.add(LoadClients.measure(DISPATCHERS, slice, plainSequence, plain));
                // Sized from the last drain's rate so that each lasts about a slice.
                LoadClients.Run round = drain(queue, (int) Math.max(10_000, rate * slice.toMillis() / 1000));
                rate = round.timing().opsPerS();
                drained.add(round);
            }
            BenchApp.removeKeys(producer);
            return Measurement.against("gateway.outbound", LoadClients.Run.pooled(drained),
                    "gateway.plain_http_to_fake_twilio", LoadClients.Run.pooled(baseline));
        }
    }

    private void plainPost(HttpClient http, URI messages, long i) throws Exception {
        String form = "To=" + URLEncoder.encode(BenchApp.recipient(i), StandardCharsets.UTF_8) + "&From="
                + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&Body=plain+" + i;
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(messages)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("fake Twilio answered " + response.statusCode());
        }
    }

    private LoadClients.Run drain(OutboundQueue queue, int count) throws Exception {
        fill(queue, count);
        long[] arrivals = new long[count];
        AtomicInteger arrived = new AtomicInteger();
        CountDownLatch all = new CountDownLatch(count);
        twilio.onReceive(r -> {
            int n = arrived.getAndIncrement();
            if (n < count) {
                arrivals[n] = r.atNanos();
                all.countDown();
            }
        });
        Map<String, Object> sending = new HashMap<>(SENDING);
        sending.put("intercede.redis.attach", "true");
        try (ApplicationContext senders = BenchApp.context(data, prefix, twilio, sending)) {
            if (!all.await(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("only " + arrived.get() + " of " + count + " queued messages reached the fake");
            }
        } finally {
            twilio.onReceive(r -> { });
        }
        Arrays.sort(arrivals);
        int from = count / 10;
        long[] gaps = new long[count - 1 - from];
        for (int i = from + 1; i < count; i++) {
            gaps[i - from - 1] = arrivals[i] - arrivals[i - 1];
        }
        return new LoadClients.Run(List.of(gaps), arrivals[count - 1] - arrivals[from]);
    }

    /** Queues {@code count} bulk messages, each to its own recipient. */
    private void fill(OutboundQueue queue, int count) throws InterruptedException {
        ExecutorService fillers = Executors.newFixedThreadPool(FILLERS);
        AtomicInteger next = new AtomicInteger();
        for (int t = 0; t < FILLERS; t++) {
            fillers.execute(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    queue.enqueue(OutboundRequest.bulk(from, BenchApp.recipient(i), "bench message " + i));
                }
            });
        }
        fillers.shutdown();
        if (!fillers.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("queueing the backlog took over 10 minutes");
        }
    }
}
