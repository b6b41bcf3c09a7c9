package org.intercede.server.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.intercede.sms.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SimulatorApiTest {
    private static final String ECHO = "+12065550199";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aTextToTheEchoNumberComesBackThroughTheOutboundQueue() throws Exception {
        String phone = "+12065550111";
        HttpResponse<String> sent = app.postJson("/api/simulator/messages",
                "{\"from\":\"(206) 555-0111\",\"to\":\"" + ECHO + "\",\"body\":\"hello, anyone there?\"}");
        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(sent.body()).get("side").asText()).isEqualTo("sent");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode thread = JSON.readTree(app.get("/api/simulator/messages?" + RunningApp.query(phone, ECHO)).body());
            List<String> sides = thread.get("messages").findValuesAsText("side");
            List<String> bodies = thread.get("messages").findValuesAsText("body");
            List<String> statuses = thread.get("messages").findValuesAsText("status");
            assertThat(sides).containsExactly("sent", "received");
            assertThat(bodies).containsExactly("hello, anyone there?", "hello, anyone there?");
            assertThat(statuses.get(1)).isEqualTo("sent");
        });
    }

    @Test
    void theEventStreamReplaysTheThreadThenPushesNewMessagesLive() throws Exception {
        String phone = "+12065550112";
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(app.base.resolve("/api/simulator/events?" + RunningApp.query(phone, ECHO)))
                .header("Accept", "text/event-stream").GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = app.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();

        app.postJson("/api/simulator/messages", "{\"from\":\"" + phone + "\",\"to\":\"" + ECHO + "\",\"body\":\"live?\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> lines.stream()
                .filter(l -> l.startsWith("data:") && l.contains("\"side\":\"received\"") && l.contains("live?")).count() >= 1);
        assertThat(lines).anyMatch(l -> l.equals("event:message") || l.equals("event: message"));
        response.body().close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing from        | {\"to\":\"+12065550199\",\"body\":\"hi\"}                              | required",
            "letters in from     | {\"from\":\"206 555 O1O1\",\"to\":\"+12065550199\",\"body\":\"hi\"}     | letters",
            "not a number        | {\"from\":\"12\",\"to\":\"+12065550199\",\"body\":\"hi\"}               | not",
            "to is not ours      | {\"from\":\"+12065550113\",\"to\":\"+12065550150\",\"body\":\"hi\"}     | one of our numbers",
            "from is ours        | {\"from\":\"+12065550100\",\"to\":\"+12065550199\",\"body\":\"hi\"}     | made-up phone",
            "empty body          | {\"from\":\"+12065550113\",\"to\":\"+12065550199\",\"body\":\"  \"}     | empty",
    })
    void badInputGetsAClearErrorAndStoresNothing(String name, String json, String reason) throws Exception {
        HttpResponse<String> response = app.postJson("/api/simulator/messages", json);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(reason);
        HttpResponse<String> thread = app.get("/api/simulator/messages?" + RunningApp.query("+12065550113", ECHO));
        assertThat(thread.statusCode()).as(thread.body()).isEqualTo(200);
        assertThat(JSON.readTree(thread.body()).get("messages")).isEmpty();
    }

    @Test
    void malformedJsonIsABadRequest() {
        assertThat(app.postJson("/api/simulator/messages", "{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void theNumbersOnOfferAreOurs() throws Exception {
        JsonNode numbers = JSON.readTree(app.get("/api/simulator/numbers").body());
        assertThat(numbers.findValuesAsText("number")).contains(ECHO, "+12065550100", "+12065550142");
        assertThat(numbers.findValuesAsText("role")).contains("test", "decoy", "outreach");
    }

    @Test
    void thePageAndItsAssetsAreServedByTheAppItself() {
        HttpResponse<String> page = app.get("/simulator");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("SMS simulator").contains("/assets/simulator.js").doesNotContain("https://");
        assertThat(app.get("/assets/simulator.js").statusCode()).isEqualTo(200);
        assertThat(app.get("/assets/simulator.css").statusCode()).isEqualTo(200);
        assertThat(app.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    void healthIsUpWithRedisAndMetricsAreExported() throws Exception {
        HttpResponse<String> health = app.get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.get("status").asText()).isEqualTo("UP");
        assertThat(body.at("/details/redis/status").asText()).isEqualTo("UP");
        HttpResponse<String> metrics = app.get("/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void theSimulatorIsOffWhenTwilioSendsForReal() {
        org.intercede.sms.twilio.FakeTwilio twilio = new org.intercede.sms.twilio.FakeTwilio();
        try (twilio; RunningApp real = RunningApp.start(org.intercede.sms.Twilios.properties(twilio))) {
            assertThat(real.get("/simulator").statusCode()).isEqualTo(404);
            assertThat(real.get("/api/simulator/numbers").statusCode()).isEqualTo(404);
            HttpResponse<String> send = real.postJson("/api/simulator/messages",
                    "{\"from\":\"+14255550100\",\"to\":\"" + ECHO + "\",\"body\":\"hi\"}");
            assertThat(send.statusCode()).isEqualTo(404);
            assertThat(send.body()).contains("the simulator is off");
        }
        assertThat(twilio.received()).isEmpty();
    }
}
