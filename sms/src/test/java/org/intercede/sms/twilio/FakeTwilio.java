package org.intercede.sms.twilio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server speaking enough of Twilio's Messages API for the real SDK to drive it:
 * {@code POST /2010-04-01/Accounts/{sid}/Messages.json}. Answers are scripted (success by default) and every
 * request is recorded, so tests assert exactly what Twilio would have received.
 */
public final class FakeTwilio implements AutoCloseable {
    private static final Pattern MESSAGES = Pattern.compile("/2010-04-01/Accounts/([^/]+)/Messages\\.json");

    /** One request as received; {@code atNanos} is System.nanoTime() on arrival. */
    public record Received(String accountSid, String authorization, Map<String, String> form, long atNanos) {
        public String to() {
            return form.get("To");
        }

        public String from() {
            return form.get("From");
        }

        public String body() {
            return form.get("Body");
        }
    }

    /** A scripted answer. */
    public record Answer(int status, Integer code, String message, Duration delay) {
        public static Answer accepted() {
            return new Answer(201, null, null, Duration.ZERO);
        }

        public static Answer error(int status, int code, String message) {
            return new Answer(status, code, message, Duration.ZERO);
        }

        public static Answer status(int status) {
            return new Answer(status, null, "HTTP " + status, Duration.ZERO);
        }

        public Answer after(Duration wait) {
            return new Answer(status, code, message, wait);
        }
    }

    static {
        // The JDK server writes headers and body separately; with Nagle's algorithm on, each answer then waits
        // for the client's delayed ACK (~40 ms). Twilio's real API does not behave like that.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final AtomicLong sids = new AtomicLong();
    private volatile Answer fallback = Answer.accepted();
    private volatile java.util.function.Consumer<Received> listener = r -> { };
    private final java.util.concurrent.ScheduledExecutorService later =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fake-twilio-later");
                t.setDaemon(true);
                return t;
            });

    public FakeTwilio() {
        this(8);
    }

    /** @param threads how many requests it answers at once */
    public FakeTwilio(int threads) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next requests get these answers, in order; after them, {@link #answerAllWith}'s answer. */
    public FakeTwilio thenAnswer(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    public FakeTwilio answerAllWith(Answer answer) {
        fallback = answer;
        return this;
    }

    /** Called with each request as it arrives (on the server's thread). */
    public FakeTwilio onReceive(java.util.function.Consumer<Received> onReceive) {
        this.listener = onReceive;
        return this;
    }

    public int count() {
        return received.size();
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public void reset() {
        received.clear();
        script.clear();
        fallback = Answer.accepted();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Matcher matcher = MESSAGES.matcher(exchange.getRequestURI().getPath());
        if (!"POST".equals(exchange.getRequestMethod()) || !matcher.matches()) {
            respond(exchange, 404, "{\"code\":20404,\"message\":\"not found\",\"status\":404}");
            return;
        }
        Map<String, String> form = parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Received request = new Received(matcher.group(1), exchange.getRequestHeaders().getFirst("Authorization"), form,
                System.nanoTime());
        received.add(request);
        listener.accept(request);
        Answer answer = script.poll();
        if (answer == null) {
            answer = fallback;
        }
        Answer chosen = answer;
        if (chosen.delay().isZero()) {
            answer(exchange, chosen, matcher.group(1));
        } else {
            // A slow answer, given later from the scheduler: no server thread is held while it waits.
            later.schedule(() -> {
                try {
                    answer(exchange, chosen, matcher.group(1));
                } catch (IOException ignored) {
                    // The client gave up waiting: what a slow Twilio would see too.
                }
            }, chosen.delay().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
    }

    private void answer(HttpExchange exchange, Answer answer, String account) throws IOException {
        if (answer.status() < 300) {
            String sid = String.format("SM%032d", sids.incrementAndGet());
            respond(exchange, answer.status(), "{\"sid\":\"" + sid + "\",\"account_sid\":\"" + account
                    + "\",\"status\":\"queued\",\"num_segments\":\"1\"}");
        } else {
            String code = answer.code() == null ? "null" : answer.code().toString();
            respond(exchange, answer.status(), "{\"code\":" + code + ",\"message\":\"" + answer.message()
                    + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + answer.status() + "}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        try (exchange) {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return form;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.merge(key, value, (a, b) -> a + "\n" + b);
        }
        return form;
    }

    @Override
    public void close() {
        later.shutdownNow();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
