package org.intercede.server.bench;

import io.micronaut.context.ApplicationContext;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The app as the benchmarks run it: its own keys, its own secrets, the fake Twilio, and signed webhooks. */
final class BenchApp {
    static final String TOKEN = "bench-token-000000000000000000000";
    static final String ACCOUNT = "AC00000000000000000000000000000b3c";
    static final String PUBLIC_BASE = "https://bench.invalid";

    private BenchApp() {
    }

    static ApplicationContext context(Path data, String prefix, FakeTwilio twilio, Map<String, Object> extra) {
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

    /** Posts a signed Twilio webhook for an inbound SMS; anything but 200 is a failure. */
    static void webhook(HttpClient http, URI base, String path, String from, String to, long sid, String body)
            throws IOException, InterruptedException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", String.format("SM%032d", sid));
        params.put("AccountSid", ACCOUNT);
        params.put("From", from);
        params.put("To", to);
        params.put("Body", body);
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
    static String recipient(long i) {
        return String.format("+1425%03d%04d", 200 + (i / 10_000) % 700, i % 10_000);
    }

    /** A REDIS_URL may be a shared server: leave nothing of the benchmark's behind. */
    static void removeKeys(ApplicationContext context) {
        UnifiedJedis redis = context.getBean(UnifiedJedis.class);
        String pattern = context.getBean(RedisKeys.class).all();
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            var page = redis.scan(cursor, new ScanParams().match(pattern).count(1000));
            page.getResult().forEach(redis::unlink);
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
    }

    static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
