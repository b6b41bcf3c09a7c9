package org.intercede.bot.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators do with the live bot: admin API, landing page, takeover, figures, numbers. */
class BotOperationsTest {
    private static final String DECOY = "+12065550100";
    private static final String TOKEN = "admin-token-for-tests-0000000000";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeTwilio twilio;
    private static RunningApp app;
    private static TestClock clock;

    @BeforeAll
    static void start() {
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.test.secrets.intercede-admin-token", TOKEN);
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    @BeforeEach
    void reset() {
        twilio.reset();
    }

    private static void text(String buyer, String to, String body) {
        assertThat(TwilioPosts.sms(app, buyer, to, "SM" + UUID.randomUUID().toString().replace("-", ""), body).statusCode())
                .isEqualTo(200);
    }

    private static List<FakeTwilio.Received> to(String buyer) {
        return twilio.received().stream().filter(r -> buyer.equals(r.to())).toList();
    }

    private static HttpResponse<String> admin(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return app.send(request.build());
    }

    private static void settle() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Test
    void theAdminApiWantsTheToken() {
        assertThat(admin("GET", "/api/admin/numbers", null, null).statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/api/admin/numbers", null, "wrong").statusCode()).isEqualTo(401);
        assertThat(admin("GET", "/api/admin/numbers", null, TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeterrenceLinksToALandingPageWhoseVisitIsCountedWithoutTheVisitor() throws Exception {
        String buyer = "+14255550193";
        String today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        text(buyer, DECOY, "omw, what room are you in");
        settle();
        await().atMost(WAIT).until(() -> to(buyer).size() == 2);
        String link = to(buyer).stream().map(FakeTwilio.Received::body).filter(b -> b.contains("/d/")).findFirst().orElseThrow()
                .replaceAll(".*(https://\\S+).*", "$1");
        assertThat(link).startsWith(Twilios.PUBLIC_BASE_URL + "/d/");

        HttpResponse<String> page = app.get(link.substring(Twilios.PUBLIC_BASE_URL.length()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(page.body()).contains("RCW 9A.88.110").contains("Washington State").doesNotContain("<script")
                .doesNotContain(buyer);
        assertThat(app.get("/d/AAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

        JsonNode report = JSON.readTree(admin("GET", "/api/admin/bot/report?from=" + today + "&to=" + today, null, TOKEN).body());
        JsonNode total = report.get("rows").get(report.get("rows").size() - 1);
        assertThat(total.get("day").asText()).isEqualTo("total");
        assertThat(total.get("landing_visits").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(total.get("deterrence_standard").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(total.get("conversations").asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aSupervisorTakesAConversationOverWritesAsTheDecoyAndHandsItBack() {
        String buyer = "+14255550194";
        text(buyer, DECOY, "hey");
        settle();
        await().atMost(WAIT).until(() -> to(buyer).size() == 1);
        String conversation = app.bean(MessageStore.class).conversationId(DECOY, buyer);
        String base = "/api/admin/bot/conversations/" + conversation;

        assertThat(admin("POST", base + "/messages", "{\"body\":\"too early\"}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(admin("POST", base + "/takeover", null, TOKEN).statusCode()).isEqualTo(200);
        text(buyer, DECOY, "lol ok");
        settle();
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> to(buyer).size() == 1);
        assertThat(admin("POST", base + "/messages", "{\"body\":\"sorry, who is this?\"}", TOKEN).statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> to(buyer).size() == 2);
        assertThat(to(buyer).get(1).from()).isEqualTo(DECOY);
        assertThat(to(buyer).get(1).body()).isEqualTo("sorry, who is this?");

        assertThat(admin("POST", base + "/handback", null, TOKEN).statusCode()).isEqualTo(200);
        text(buyer, DECOY, "you there?");
        settle();
        await().atMost(WAIT).until(() -> to(buyer).size() == 3);
        assertThat(admin("POST", "/api/admin/bot/conversations/not-an-id/takeover", null, TOKEN).statusCode()).isEqualTo(400);
    }

    @Test
    void aNumberAddedAtRunTimeAnswersAndABurnedOneNeverSendsAgain() {
        String decoy = "+12065550131";
        assertThat(admin("POST", "/api/admin/numbers",
                "{\"number\":\"" + decoy + "\",\"role\":\"decoy\",\"persona\":\"jess\",\"jurisdiction\":\"us-wa\"}", TOKEN).statusCode())
                .isEqualTo(200);
        assertThat(admin("POST", "/api/admin/numbers", "{\"number\":\"+12065550132\",\"role\":\"decoy\",\"persona\":\"nobody\"}",
                TOKEN).body()).contains("unknown persona");
        String buyer = "+14255550195";
        text(buyer, decoy, "hi");
        settle();
        await().atMost(WAIT).until(() -> to(buyer).size() == 1);
        assertThat(to(buyer).get(0).from()).isEqualTo(decoy);

        HttpResponse<String> burned = admin("POST", "/api/admin/numbers/burn", "{\"number\":\"" + decoy + "\"}", TOKEN);
        assertThat(burned.statusCode()).as(burned.body()).isEqualTo(200);
        text(buyer, decoy, "hello?");
        settle();
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> to(buyer).size() == 1);
    }
}
