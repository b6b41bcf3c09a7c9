package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.twilio.FakeTwilio;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    private static final String ACCOUNT = BenchApp.ACCOUNT;
    private static final String OUTREACH = "+12065550142";
    private static final String DECOY = "+12065550100";
    /** The gateway's own work: a deterrence number's owner only counts the reply (one Redis write). */
    private static final String DETERRENCE = "+12065550160";
    private static final int CLIENTS = 32;
    private static final int OUTBOUND_CLIENTS = 8;
    private static final int RATE = 1_000;

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
            try (ApplicationContext senders = BenchApp.context(data, prefix + "-out", twilio, Map.of("intercede.outbound.workers", "8",
                    "intercede.outbound.segments-per-second", "0"))) {
                results.add(outbound(senders, twilio, duration));
                BenchApp.removeKeys(senders);
            }
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
        Timing bareTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, bare);
        Timing webhookTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, i -> webhook.run(i + 10_000_000L));
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
    private Measurement outbound(ApplicationContext senders, FakeTwilio twilio, Duration duration) throws Exception {
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
        Timing dispatched = LoadClients.closedLoop(OUTBOUND_CLIENTS, warmUp, duration, send);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI messages = URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        LoadClients.Call plain = i -> {
            String form = "To=" + URLEncoder.encode(BenchApp.recipient(i), StandardCharsets.UTF_8) + "&From="
                    + URLEncoder.encode(OUTREACH, StandardCharsets.UTF_8) + "&Body=plain+" + i;
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(messages)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("fake Twilio answered " + response.statusCode());
            }
        };
        Timing baseline = LoadClients.closedLoop(OUTBOUND_CLIENTS, warmUp, duration, plain);
        return Measurement.against("gateway.outbound", dispatched, "gateway.plain_http_to_fake_twilio", baseline);
    }

    private static void post(HttpClient http, URI base, String path, String to, long i) throws IOException, InterruptedException {
        String body = to.equals(DECOY) ? BUYER_TEXTS[(int) (i % BUYER_TEXTS.length)] : "hello, is this still available? " + i;
        BenchApp.webhook(http, base, path, BenchApp.recipient(i), to, i, body);
    }

    /** Buyers' first messages, varied as real ones are, for the decoy measurements. */
    private static final String[] BUYER_TEXTS = {"hey saw your ad", "u available tonight?", "how much for an hour",
            "hi there gorgeous", "incall or outcall?", "are you real", "whats ur rate for qv", "you free now?"};
}
