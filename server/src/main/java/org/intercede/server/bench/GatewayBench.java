package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.privacy.Secrets;
import org.intercede.sms.redis.RedisKeys;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioSigner;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code bench gateway}: the app's HTTP server on loopback with real Redis (REDIS_URL, else the embedded one in
 * a temporary directory) and a fake Twilio; clients, server and fake share this machine's cores.
 */
public class GatewayBench implements BenchSuite {
    static final String TOKEN = "bench-token-000000000000000000000";
    private static final String ACCOUNT = "AC00000000000000000000000000000b3c";
    private static final String PUBLIC_BASE = "https://bench.invalid";
    private static final String OUTREACH = "+12065550142";
    private static final String DECOY = "+12065550100";
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
            try (ApplicationContext server = context(data, prefix + "-in", twilio, Map.of("intercede.outbound.dispatch", "false",
                    "intercede.bench.enabled", "true", "micronaut.server.port", "-1"))) {
                server.getBean(EmbeddedServer.class).start();
                results.addAll(inbound(server, duration));
                removeKeys(server);
            }
            try (ApplicationContext senders = context(data, prefix + "-out", twilio, Map.of("intercede.outbound.workers", "8",
                    "intercede.outbound.segments-per-second", "0"))) {
                results.add(outbound(senders, twilio, duration));
                removeKeys(senders);
            }
        } finally {
            deleteQuietly(data);
        }
        return results;
    }

    private List<Measurement> inbound(ApplicationContext server, Duration duration) throws Exception {
        URI base = URI.create(server.getBean(EmbeddedServer.class).getURL().toString());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        LoadClients.Call webhook = i -> post(http, base, "/twilio/sms", OUTREACH, i);
        LoadClients.Call bare = i -> post(http, base, "/bench/bare", OUTREACH, i);
        LoadClients.Call decoy = i -> post(http, base, "/twilio/sms", DECOY, i);
        Duration warmUp = Duration.ofSeconds(Math.min(3, duration.toSeconds()));
        Timing bareTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, bare);
        Timing webhookTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, i -> webhook.run(i + 10_000_000L));
        Timing botTiming = LoadClients.closedLoop(CLIENTS, warmUp, duration, i -> decoy.run(i + 30_000_000L));
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
                Measurement.of("gateway.bot@" + RATE + "/s", botAtRate));
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
            queue.enqueue(OutboundRequest.bulk(OUTREACH, recipient(i), body));
            arrived.get(30, TimeUnit.SECONDS);
        };
        Timing dispatched = LoadClients.closedLoop(OUTBOUND_CLIENTS, warmUp, duration, send);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI messages = URI.create(twilio.baseUrl() + "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json");
        LoadClients.Call plain = i -> {
            String form = "To=" + URLEncoder.encode(recipient(i), StandardCharsets.UTF_8) + "&From="
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

    /** Buyers' first messages, varied as real ones are, for the decoy measurements. */
    private static final String[] BUYER_TEXTS = {"hey saw your ad", "u available tonight?", "how much for an hour",
            "hi there gorgeous", "incall or outcall?", "are you real", "whats ur rate for qv", "you free now?"};

    private static void post(HttpClient http, URI base, String path, String to, long i) throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", String.format("SM%032d", i));
        params.put("AccountSid", ACCOUNT);
        params.put("From", recipient(i));
        params.put("To", to);
        params.put("Body", to.equals(DECOY) ? BUYER_TEXTS[(int) (i % BUYER_TEXTS.length)] : "hello, is this still available? " + i);
        String form = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String signature = TwilioSigner.sign(TOKEN, PUBLIC_BASE + "/twilio/sms", params);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
    }

    /** Valid US mobile-looking numbers, many of them, so per-person keys spread as in real traffic. */
    private static String recipient(long i) {
        return String.format("+1425%03d%04d", 200 + (i / 10_000) % 700, i % 10_000);
    }

    /** A REDIS_URL may be a shared server: leave nothing of the benchmark's behind. */
    private static void removeKeys(ApplicationContext context) {
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        String pattern = context.getBean(RedisKeys.class).all();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = redis.scan(cursor, new ScanParams().match(pattern).count(1000));
            page.getResult().forEach(redis::unlink);
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    private static ApplicationContext context(Path data, String prefix, FakeTwilio twilio, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>();
        String redisUrl = System.getenv("REDIS_URL");
        properties.put("intercede.redis.url", redisUrl == null ? "" : redisUrl);
        properties.put("intercede.redis.prefix", prefix);
        properties.put("intercede.data-dir", data.toString());
        properties.put("intercede.twilio.account-sid", ACCOUNT);
        properties.put("intercede.twilio.api-base-url", twilio.baseUrl());
        properties.put("intercede.twilio.public-base-url", PUBLIC_BASE);
        properties.put("micronaut.server.port", "-1");
        properties.putAll(extra);
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        // Secrets come from the environment; the benchmark hands its own, never the operator's.
        Secrets secrets = new Secrets(Map.of("TWILIO_AUTH_TOKEN", TOKEN, "INTERCEDE_HASH_KEY", key, "INTERCEDE_PII_KEY", key));
        return ApplicationContext.builder().properties(properties).singletons(secrets).start();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
