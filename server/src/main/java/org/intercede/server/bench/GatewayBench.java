package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.twilio.FakeTwilio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench gateway}: the app's HTTP server on loopback with real Redis (REDIS_URL, else the embedded one in
 * a temporary directory) and a fake Twilio; clients, server and fake share this machine's cores.
 */
public class GatewayBench implements BenchSuite {
    private static final String OUTREACH = "+12065550142";
    private static final String DECOY = "+12065550100";
    /** The gateway's own work: a deterrence number's owner only counts the reply (one Redis write). */
    private static final String DETERRENCE = "+12065550160";
    private static final int CLIENTS = 32;
    private static final int RATE = 1_000;
    /** Rounds in which the webhook and the bare endpoint are measured by turns. */
    private static final int ROUNDS = 3;

    @Override
    public String target() {
        return "gateway";
    }

    @Override
    public List<Measurement> run(Duration duration) throws Exception {
        Path data = Files.createTempDirectory("intercede-bench");
        String prefix = "bench-" + Long.toHexString(System.nanoTime());
        List<Measurement> results = new ArrayList<>();
        try (FakeTwilio twilio = new FakeTwilio(16)) {
            // Each phase has its own keys: the replies the inbound phase queues must not load the outbound one.
            try (ApplicationContext server = BenchApp.context(data, prefix + "-in", twilio, Map.of("intercede.outbound.dispatch", "false",
                    "intercede.bench.enabled", "true", "micronaut.server.port", "-1"))) {
                server.getBean(EmbeddedServer.class).start();
                results.addAll(inbound(server, duration));
                BenchApp.removeKeys(server);
            }
            try (ApplicationContext senders = BenchApp.context(data, prefix + "-out", twilio, OutboundDrain.SENDING)) {
                results.add(enqueueToTwilio(senders, twilio, duration));
                BenchApp.removeKeys(senders);
            }
            results.add(new OutboundDrain(data, prefix + "-drain", twilio, OUTREACH).measure(duration));
        } finally {
            BenchApp.deleteQuietly(data);
        }
        return results;
    }

    private List<Measurement> inbound(ApplicationContext server, Duration duration) throws Exception {
        URI base = URI.create(server.getBean(EmbeddedServer.class).getURL().toString());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        LoadClients.Call webhook = i -> post(http, base, "/twilio/sms", DETERRENCE, i);
        LoadClients.Call outreach = i -> post(http, base, "/twilio/sms", OUTREACH, i);
        LoadClients.Call bare = i -> post(http, base, "/bench/bare", OUTREACH, i);
        LoadClients.Call decoy = i -> post(http, base, "/twilio/sms", DECOY, i);
        Duration warmUp = Duration.ofSeconds(Math.min(3, duration.toSeconds()));
        Timing[] alternated = LoadClients.alternating(CLIENTS, warmUp, duration, ROUNDS, bare, i -> webhook.run(i + 10_000_000L));
        Timing bareTiming = alternated[0];
        Timing webhookTiming = alternated[1];
        Timing botTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, i -> decoy.run(i + 30_000_000L));
        Timing outreachTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, i -> outreach.run(i + 50_000_000L));
        ExecutorService senders = Executors.newFixedThreadPool(64);
        Timing atRate;
        Timing botAtRate;
        try {
            atRate = LoadClients.openLoop(RATE, duration, senders, i -> webhook.run(i + 20_000_000L));
            botAtRate = LoadClients.openLoop(RATE, duration, senders, i -> decoy.run(i + 40_000_000L));
        } finally {
            senders.shutdownNow();
        }
        return List.of(
                Measurement.against("gateway.inbound", webhookTiming, "gateway.bare_endpoint", bareTiming),
                Measurement.of("gateway.inbound@" + RATE + "/s", atRate),
                Measurement.against("gateway.bot", botTiming, "gateway.bare_endpoint", bareTiming),
                Measurement.of("gateway.bot@" + RATE + "/s", botAtRate),
                Measurement.against("gateway.outreach_reply", outreachTiming, "gateway.bare_endpoint", bareTiming));
    }

    /** Enqueue to Twilio (fake), each client waiting for its message to arrive before sending the next. */
    private Measurement enqueueToTwilio(ApplicationContext senders, FakeTwilio twilio, Duration duration) throws Exception {
        Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();
        twilio.onReceive(r -> {
            CompletableFuture<Void> f = waiting.remove(r.body());
            if (f != null) {
                f.complete(null);
            }
        });
        OutboundQueue queue = senders.getBean(OutboundQueue.class);
        Duration warmUp = Duration.ofSeconds(Math.min(3, duration.toSeconds()));
        LoadClients.Call send = i -> {
            String body = "bench message " + i;
            CompletableFuture<Void> arrived = new CompletableFuture<>();
            waiting.put(body, arrived);
            queue.enqueue(OutboundRequest.bulk(OUTREACH, BenchApp.recipient(i), body));
            arrived.get(30, TimeUnit.SECONDS);
        };
        return Measurement.of("gateway.outbound_enqueue_to_twilio", LoadClients.closedLoop(OutboundDrain.DISPATCHERS, warmUp, duration, send));
    }

    private static void post(HttpClient http, URI base, String path, String to, long i) throws IOException, InterruptedException {
        String body = to.equals(DECOY) ? BUYER_TEXTS[(int) (i % BUYER_TEXTS.length)] : "hello, is this still available? " + i;
        BenchApp.webhook(http, base, path, BenchApp.recipient(i), to, i, body);
    }

    /** Buyers' first messages, varied as real ones are, for the decoy measurements. */
    private static final String[] BUYER_TEXTS = {"hey saw your ad", "u available tonight?", "how much for an hour",
            "hi there gorgeous", "incall or outcall?", "are you real", "whats ur rate for qv", "you free now?"};
}
