package org.intercede.server.console;

import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleSession;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.SessionStore;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The decoys page and the bot's dashboard panel over HTTP, against the whole app with the built-in numbers. */
class DecoysPageTest {
    private static final String DECOY = "+12065550100";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FakeTwilio twilio;
    private static RunningApp app;
    private static TestClock clock;
    private static Session admin;
    private static Session caseworker;

    /** The session cookie and CSRF token a signed-in browser would hold. */
    private record Session(String cookie, String csrf, String userId) {
    }

    @BeforeAll
    static void start() {
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
        admin = signedIn("admin1", Role.ADMIN);
        caseworker = signedIn("cw1", Role.CASEWORKER);
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    private static Session signedIn(String username, Role role) {
        ConsoleUser user = app.bean(UserStore.class).create(AuditLog.SYSTEM, NewUser.of(username, role), "correct horse battery");
        ConsoleSession session = app.bean(SessionStore.class).create(user, "127.0.0.1");
        return new Session(session.id(), session.csrfToken(), user.id());
    }

    private static HttpResponse<String> get(Session as, String path) {
        return app.send(HttpRequest.newBuilder(app.base.resolve(path)).header("Cookie", "intercede_session=" + as.cookie())
                .header("Accept", "text/html").GET().build());
    }

    private static HttpResponse<String> post(Session as, String path, String text) {
        return app.send(HttpRequest.newBuilder(app.base.resolve(path)).header("Cookie", "intercede_session=" + as.cookie())
                .header("X-CSRF-Token", as.csrf()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(text == null ? "" : "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
                .build());
    }

    private static void buyer(String from, String body) {
        assertThat(TwilioPosts.sms(app, from, DECOY, "SM" + UUID.randomUUID().toString().replace("-", ""), body).statusCode())
                .isEqualTo(200);
    }

    private static List<FakeTwilio.Received> sentTo(String number) {
        return twilio.received().stream().filter(r -> r.to().equals(number)).toList();
    }

    @Test
    void anAdminTakesADecoyConversationOverWritesInItAndHandsItBack() {
        String buyer = "+14255550401";
        buyer(buyer, "hey are you available");
        clock.advance(Duration.ofMinutes(5));
        await().atMost(WAIT).until(() -> sentTo(buyer).size() == 1);
        String id = app.bean(MessageStore.class).conversationId(DECOY, buyer);
        String base = "/console/admin/decoys/" + id;

        HttpResponse<String> page = get(admin, "/console/admin/decoys");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(id.substring(0, 8), "+1******0100", "Decoy Jess (Seattle)", "chatting",
                "<th scope=\"col\">Stage</th>", base + "/takeover").doesNotContain("4255550401").doesNotContain("+12065550100");

        assertThat(post(admin, base + "/messages", "too early").body()).contains("take the conversation over");
        assertThat(post(admin, base + "/takeover", null).statusCode()).isEqualTo(200);
        assertThat(get(admin, "/console/admin/decoys/list").body()).contains("taken over", base + "/messages", base + "/handback");
        HttpResponse<String> sent = post(admin, base + "/messages", "sorry, who is this?");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        await().atMost(WAIT).until(() -> sentTo(buyer).size() == 2);
        assertThat(sentTo(buyer).get(1).from()).isEqualTo(DECOY);
        assertThat(sentTo(buyer).get(1).body()).isEqualTo("sorry, who is this?");

        assertThat(post(admin, base + "/handback", null).statusCode()).isEqualTo(200);
        assertThat(get(admin, "/console/admin/decoys/list").body()).contains("chatting").doesNotContain(base + "/messages");
        assertThat(app.bean(AuditLog.class).page(null, 100)).filteredOn(e -> id.equals(e.target()))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo(admin.userId()))
                .extracting(e -> e.action()).containsExactly("decoy-handback", "decoy-send", "decoy-takeover");
        assertThat(post(admin, "/console/admin/decoys/not-an-id/takeover", null).body()).contains("not a conversation id");
    }

    @Test
    void aCaseworkerGets403OnTheDecoysPageAndItsActions() {
        assertThat(get(caseworker, "/console/admin/decoys").statusCode()).isEqualTo(403);
        assertThat(get(caseworker, "/console/admin/decoys/list").statusCode()).isEqualTo(403);
        assertThat(post(caseworker, "/console/admin/decoys/" + "0".repeat(32) + "/takeover", null).statusCode()).isEqualTo(403);
    }

    @Test
    void theDashboardShowsTheDeterrenceBotsFigures() {
        String buyer = "+14255550402";
        buyer(buyer, "omw, what room are you in");
        clock.advance(Duration.ofMinutes(5));
        await().atMost(WAIT).until(() -> sentTo(buyer).size() >= 1);
        Map<String, Long> figures = app.bean(BotDashboardFigures.class).figures(30);
        assertThat(figures).containsOnlyKeys("Conversations", "Deterred: standard", "Deterred: underage", "Deterred: repeat",
                "Replies after", "Landing visits", "Opt-outs");
        assertThat(figures.get("Conversations")).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("Deterred: standard")).isGreaterThanOrEqualTo(1);
        HttpResponse<String> dashboard = get(admin, "/console/dashboard");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("<h2>Deterrence bot</h2>", "Deterred: standard");
    }
}
