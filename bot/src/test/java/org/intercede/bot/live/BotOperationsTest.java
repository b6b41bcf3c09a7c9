package org.intercede.bot.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.intercede.bot.policy.Stage;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What operators do with the live bot: admin API, landing page, takeover, figures, numbers, recent conversations. */
class BotOperationsTest {
    private static final String DECOY = "+12065550100";
    private static final String TOKEN = "admin-token-for-tests-0000000000";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static LiveBot bot;

    @BeforeAll
    static void start() {
        bot = LiveBot.start(Map.of("intercede.test.secrets.intercede-admin-token", TOKEN));
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @BeforeEach
    void reset() {
        bot.twilio.reset();
    }

    private static HttpResponse<String> admin(String method, String path, String json, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(bot.app.base.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return bot.app.send(request.build());
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
        String today = LocalDate.ofInstant(bot.clock.instant(), ZoneOffset.UTC).toString();
        bot.text(buyer, DECOY, "omw, what room are you in");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 2);
        String link = bot.sentTo(buyer).stream().map(FakeTwilio.Received::body).filter(b -> b.contains("/d/")).findFirst().orElseThrow()
                .replaceAll(".*(https://\\S+).*", "$1");
        assertThat(link).startsWith(Twilios.PUBLIC_BASE_URL + "/d/");

        HttpResponse<String> page = bot.app.get(link.substring(Twilios.PUBLIC_BASE_URL.length()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        assertThat(page.body()).contains("RCW 9A.88.110").contains("Washington State").doesNotContain("<script")
                .doesNotContain(buyer);
        assertThat(bot.app.get("/d/AAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);

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
        bot.text(buyer, DECOY, "hey");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 1);
        String conversation = bot.app.bean(MessageStore.class).conversationId(DECOY, buyer);
        String base = "/api/admin/bot/conversations/" + conversation;

        assertThat(admin("POST", base + "/messages", "{\"body\":\"too early\"}", TOKEN).statusCode()).isEqualTo(400);
        assertThat(admin("POST", base + "/takeover", null, TOKEN).statusCode()).isEqualTo(200);
        bot.text(buyer, DECOY, "lol ok");
        bot.settle();
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 1);
        assertThat(admin("POST", base + "/messages", "{\"body\":\"sorry, who is this?\"}", TOKEN).statusCode()).isEqualTo(202);
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 2);
        assertThat(bot.sentTo(buyer).get(1).from()).isEqualTo(DECOY);
        assertThat(bot.sentTo(buyer).get(1).body()).isEqualTo("sorry, who is this?");

        assertThat(admin("POST", base + "/handback", null, TOKEN).statusCode()).isEqualTo(200);
        bot.text(buyer, DECOY, "you there?");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 3);
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
        bot.text(buyer, decoy, "hi");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 1);
        assertThat(bot.sentTo(buyer).get(0).from()).isEqualTo(decoy);

        HttpResponse<String> burned = admin("POST", "/api/admin/numbers/burn", "{\"number\":\"" + decoy + "\"}", TOKEN);
        assertThat(burned.statusCode()).as(burned.body()).isEqualTo(200);
        bot.text(buyer, decoy, "hello?");
        bot.settle();
        await().during(Duration.ofMillis(400)).atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 1);
    }

    @Test
    void recentConversationsListTheLatestBuyerMessageFirstWithItsDecoyAndStage() {
        String sofia = "+13055550111";
        MessageStore store = bot.app.bean(MessageStore.class);
        RecentConversations recent = bot.app.bean(RecentConversations.class);
        bot.text("+14255550301", DECOY, "hey");
        bot.clock.advance(Duration.ofMinutes(1));
        bot.text("+14255550302", sofia, "hola");
        bot.clock.advance(Duration.ofMinutes(1));
        String first = store.conversationId(DECOY, "+14255550301");
        String second = store.conversationId(sofia, "+14255550302");

        assertThat(recent.recent(2)).extracting(RecentConversations.Conversation::id).containsExactly(second, first);
        assertThat(recent.recent(2)).extracting(RecentConversations.Conversation::decoy).containsExactly(sofia, DECOY);
        assertThat(recent.recent(2)).extracting(RecentConversations.Conversation::stage).containsOnly(Stage.CHATTING);
        assertThat(recent.recent(1)).extracting(RecentConversations.Conversation::id).containsExactly(second);

        bot.text("+14255550301", DECOY, "you there?");
        bot.app.bean(Takeovers.class).takeOver(first);
        assertThat(recent.recent(1)).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(first);
            assertThat(c.takenOver()).isTrue();
        });
    }

    @Test
    void aConversationOlderThanTheRetentionLeavesTheRecentList() {
        RecentConversations recent = bot.app.bean(RecentConversations.class);
        bot.text("+14255550303", DECOY, "hi there");
        String id = bot.app.bean(MessageStore.class).conversationId(DECOY, "+14255550303");
        assertThat(recent.recent(100)).extracting(RecentConversations.Conversation::id).contains(id);
        Instant now = bot.clock.instant();
        try {
            bot.clock.advance(Duration.ofDays(91));
            assertThat(recent.recent(100)).extracting(RecentConversations.Conversation::id).doesNotContain(id);
        } finally {
            bot.clock.set(now);
        }
    }
}
