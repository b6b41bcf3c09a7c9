package org.intercede.sms;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The whole app on a random port and the test Redis (own key prefix), with a plain HTTP client. */
public final class RunningApp implements AutoCloseable {
    public final ApplicationContext context;
    public final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    private RunningApp(ApplicationContext context) {
        this.context = context;
        this.base = URI.create(context.getBean(EmbeddedServer.class).getURL().toString());
    }

    public static RunningApp start() {
        return start(Map.of());
    }

    public static RunningApp start(Map<String, Object> overrides) {
        Map<String, Object> properties = TestContexts.properties();
        properties.put("micronaut.server.port", -1);
        properties.putAll(overrides);
        return new RunningApp(ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A form POST as Twilio makes it, with the given signature header (null: none). */
    public HttpResponse<String> postForm(String path, String rawBody, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(rawBody));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return send(request.build());
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpClient http() {
        return http;
    }

    public static String query(String from, String to) {
        return "from=" + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        context.close();
    }
}
