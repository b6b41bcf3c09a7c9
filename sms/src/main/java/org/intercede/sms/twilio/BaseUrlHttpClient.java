package org.intercede.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.http.HttpClient;
import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's transport, sending its requests to a base URL of our choice (Twilio's in production, a
 * fake in tests) over the JDK's HTTP client.
 *
 * <p>The SDK hard-codes {@code https://<domain>.twilio.com}; we keep its path and query and replace the rest.
 * It also retries some answers by itself: we turn that off, because the dispatcher decides retries.
 */
final class BaseUrlHttpClient extends HttpClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final URI base;
    private final java.net.http.HttpClient http;

    BaseUrlHttpClient(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        this.http = java.net.http.HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public Response reliableRequest(Request request) {
        return makeRequest(request);
    }

    @Override
    public Response makeRequest(Request request) {
        URI target = URI.create(base + request.constructURL().getFile());
        HttpRequest.Builder builder = HttpRequest.newBuilder(target).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (request.requiresAuthentication()) {
            builder.header("Authorization", request.getAuthString());
        }
        for (Map.Entry<String, List<String>> header : request.getHeaderParams().entrySet()) {
            for (String value : header.getValue()) {
                builder.header(header.getKey(), value);
            }
        }
        HttpMethod method = request.getMethod();
        if (method == HttpMethod.POST) {
            builder.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(request.encodeFormBody()));
        } else {
            builder.method(method.toString(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.body(), response.statusCode());
        } catch (IOException e) {
            throw new ApiConnectionException("Twilio API unreachable: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiConnectionException("interrupted while calling the Twilio API", e);
        }
    }
}
