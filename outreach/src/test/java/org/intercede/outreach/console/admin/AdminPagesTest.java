package org.intercede.outreach.console.admin;

import org.intercede.outreach.ads.Ad;
import org.intercede.outreach.ads.AdIngest;
import org.intercede.outreach.campaign.Campaigns;
import org.intercede.outreach.campaign.OutreachPlanner;
import org.intercede.outreach.campaign.ReviewBatches;
import org.intercede.outreach.console.audit.AuditEntry;
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
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The admin pages over HTTP against the whole outreach app, signed in as an admin and as a caseworker. */
class AdminPagesTest {
    private static final String OUTREACH = "+12065550142";
    private static final String DECOY = "+12065550100";
    private static final List<String> PAGES = List.of("/console/admin/users", "/console/admin/numbers",
            "/console/admin/campaigns", "/console/admin/catalog");
    private static FakeTwilio twilio;
    private static RunningApp app;
    private static Session admin;
    private static Session caseworker;

    /** A signed-in browser, as far as the server can tell: the session cookie and the CSRF token. */
    private record Session(ConsoleUser user, String cookie, String csrf) {
    }

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("admin-pages");
        Path numbers = Files.writeString(dir.resolve("numbers.yml"), """
                numbers:
                  - {number: "+12065550142", role: outreach}
                  - {number: "+12065550100", role: decoy, label: Seattle decoy}
                """);
        Path campaigns = Files.writeString(dir.resolve("campaigns.yml"), """
                campaigns:
                  seattle:
                    ads: {cities: [seattle]}
                    numbers: ["+12065550142"]
                    daily_cap: 20
                    review: true
                """);
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.numbers.file", numbers.toString());
        properties.put("intercede.campaigns.file", campaigns.toString());
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        app = RunningApp.start(properties);
        // 10:00 in Seattle: inside the campaign's texting hours.
        app.bean(TestClock.class).set(Instant.parse("2026-03-02T18:00:00Z"));
        admin = session(NewUser.of("admin1", Role.ADMIN));
        caseworker = session(NewUser.of("cw1", Role.CASEWORKER));
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    private static Session session(NewUser user) {
        ConsoleUser created = app.bean(UserStore.class).create(AuditLog.SYSTEM, user, "correct horse battery");
        ConsoleSession session = app.bean(SessionStore.class).create(created, "127.0.0.1");
        return new Session(created, session.id(), session.csrfToken());
    }

    private static HttpResponse<String> get(Session as, String path) {
        return app.send(HttpRequest.newBuilder(app.base.resolve(path)).header("Cookie", "intercede_session=" + as.cookie())
                .header("Accept", "text/html").GET().build());
    }

    private static HttpResponse<String> post(Session as, String path, Map<String, String> form, boolean withCsrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base.resolve(path))
                .header("Cookie", "intercede_session=" + as.cookie())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)));
        if (withCsrf) {
            request.header("X-CSRF-Token", as.csrf());
        }
        return app.send(request.build());
    }

    private static HttpResponse<String> post(Session as, String path, Map<String, String> form) {
        return post(as, path, form, true);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static List<AuditEntry> audit(String action) {
        return app.bean(AuditLog.class).page(null, 200).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void aCaseworkerGets403OnEveryAdminPageAndAction() {
        for (String page : PAGES) {
            assertThat(get(caseworker, page).statusCode()).as(page).isEqualTo(403);
            assertThat(get(admin, page).statusCode()).as(page).isEqualTo(200);
        }
        for (String fragment : List.of("/console/admin/users/list", "/console/admin/numbers/list", "/console/admin/campaigns/body")) {
            assertThat(get(caseworker, fragment).statusCode()).as(fragment).isEqualTo(403);
        }
        assertThat(post(caseworker, "/console/admin/users", Map.of("username", "sneaky", "role", "admin")).statusCode())
                .isEqualTo(403);
        assertThat(post(caseworker, "/console/admin/users/" + caseworker.user().id() + "/disable", Map.of()).statusCode())
                .isEqualTo(403);
        assertThat(post(caseworker, "/console/admin/numbers/burn", Map.of("number", DECOY, "confirm", "0100")).statusCode())
                .isEqualTo(403);
        assertThat(app.bean(UserStore.class).findByUsername("sneaky")).isEmpty();
        assertThat(app.bean(UserStore.class).find(caseworker.user().id()).orElseThrow().disabled()).isFalse();
        assertThat(app.bean(NumberRegistry.class).find(DECOY).orElseThrow().burned()).isFalse();
    }

    @Test
    void theAdminPagesShowTheirTablesWithHeadersAndTheNavMarksWhereYouAre() {
        assertThat(get(admin, "/console/admin/users").body())
                .contains("<th scope=\"col\">Username</th>", "<label for=\"new-username\">", "aria-current=\"page\">Users</a>",
                        ">admin1</th>", ">cw1</th>");
        assertThat(get(admin, "/console/admin/numbers").body())
                .contains("<th scope=\"col\">Role</th>", ">+12065550100</th>", "Seattle decoy", "<label for=\"confirm-12065550100\"");
        assertThat(get(admin, "/console/admin/catalog").body())
                .contains("<code>outreach.first</code>", "id=\"group-outreach\"", "./intercede prompts lint", "built-in messages");
        assertThat(get(admin, "/console/admin/campaigns").body())
                .contains("<h3>seattle</h3>", "each batch waits for approval", "+12065550142");
    }

    @Test
    void anAdminCreatesAUserAndCanSignInAsThemWithTheShownPassword() {
        HttpResponse<String> created = post(admin, "/console/admin/users", Map.of("username", "Maria", "name", "Maria G.",
                "role", "supervisor", "languages", "en, es", "capacity", "7", "phone", "+1 206 555 0177"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Matcher shown = Pattern.compile("shown only this once: ([a-z0-9-]{19})").matcher(created.body());
        assertThat(shown.find()).as(created.body()).isTrue();
        ConsoleUser maria = app.bean(UserStore.class).findByUsername("maria").orElseThrow();
        assertThat(maria.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(maria.languages()).containsExactly("en", "es");
        assertThat(maria.capacity()).isEqualTo(7);
        assertThat(get(admin, "/console/admin/users/list").body()).contains(">maria</th>", "+1******0177")
                .doesNotContain("2065550177").doesNotContain(shown.group(1));
        assertThat(audit("user-create")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(admin.user().id());
            assertThat(e.target()).isEqualTo("maria");
        });

        HttpResponse<String> loginPage = app.get("/console/login");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"").matcher(loginPage.body());
        assertThat(token.find()).isTrue();
        String loginCookie = loginPage.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("intercede_login_csrf="))
                .findFirst().orElseThrow().split(";")[0];
        HttpResponse<String> signedIn = app.send(HttpRequest.newBuilder(app.base.resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", loginCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("_csrf", token.group(1), "username", "maria",
                        "password", shown.group(1))))).build());
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("intercede_session="));
    }

    @Test
    void badInputGetsAClearMessageAndChangesNothing() {
        HttpResponse<String> taken = post(admin, "/console/admin/users", Map.of("username", "cw1", "role", "caseworker"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("username 'cw1' is taken");
        HttpResponse<String> capacity = post(admin, "/console/admin/users", Map.of("username", "newbie", "role", "caseworker",
                "capacity", "lots"));
        assertThat(capacity.statusCode()).isEqualTo(400);
        assertThat(capacity.body()).contains("capacity must be a whole number");
        assertThat(app.bean(UserStore.class).findByUsername("newbie")).isEmpty();

        HttpResponse<String> self = post(admin, "/console/admin/users/" + admin.user().id() + "/disable", Map.of());
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("You cannot disable your own account.");
        assertThat(app.bean(UserStore.class).find(admin.user().id()).orElseThrow().disabled()).isFalse();
    }

    @Test
    void aPostWithoutTheCsrfHeaderIsRefusedAndChangesNothing() {
        HttpResponse<String> refused = post(admin, "/console/admin/users", Map.of("username", "nocsrf", "role", "admin"), false);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("X-CSRF-Token");
        assertThat(app.bean(UserStore.class).findByUsername("nocsrf")).isEmpty();
    }

    @Test
    void burningANumberNeedsItsLastFourDigits() {
        HttpResponse<String> added = post(admin, "/console/admin/numbers", Map.of("number", "+1 206 555 0123", "role", "decoy",
                "label", "Tacoma decoy", "jurisdiction", "us-wa"));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        String number = "+12065550123";
        assertThat(app.bean(NumberRegistry.class).find(number)).hasValueSatisfying(n -> assertThat(n.label()).isEqualTo("Tacoma decoy"));

        for (String wrong : List.of("", "0124", "123", "0142")) {
            HttpResponse<String> refused = post(admin, "/console/admin/numbers/burn", Map.of("number", number, "confirm", wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            assertThat(refused.body()).contains("type the last 4 digits");
        }
        assertThat(app.bean(NumberRegistry.class).find(number).orElseThrow().burned()).isFalse();

        assertThat(post(admin, "/console/admin/numbers/burn", Map.of("number", number, "confirm", "0123")).statusCode()).isEqualTo(200);
        assertThat(app.bean(NumberRegistry.class).find(number).orElseThrow().burned()).isTrue();
        assertThat(audit("number-burn")).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo(admin.user().id());
            assertThat(e.target()).isEqualTo("+1******0123");
        });
        assertThat(post(admin, "/console/admin/numbers", Map.of("number", number, "role", "decoy")).body())
                .as("a burned number is not brought back by adding it again").contains("already one of ours");
        assertThat(app.bean(NumberRegistry.class).find(number).orElseThrow().burned()).isTrue();
    }

    @Test
    void approvingABatchSendsIt() {
        TestClock clock = app.bean(TestClock.class);
        app.bean(AdIngest.class).ingest(new Ad("siteA", "https://a.example/1", clock.instant().minus(Duration.ofDays(1)), "hi",
                "call 206 381 4422", "Seattle", "US"));
        OutreachPlanner planner = app.bean(OutreachPlanner.class);
        ReviewBatches.Batch batch = app.bean(ReviewBatches.class).hold(planner.plan(
                Campaigns.find(app.bean(Campaigns.Settings.class), "seattle"), clock.instant()));
        assertThat(get(admin, "/console/admin/campaigns/body").body()).contains("/batches/" + batch.id() + "/approve");
        assertThat(twilio.received()).isEmpty();

        HttpResponse<String> approved = post(admin, "/console/admin/campaigns/batches/" + batch.id() + "/approve", Map.of());
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("1 offer queued");
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 1);
        assertThat(twilio.received().get(0).to()).isEqualTo("+12063814422");
        assertThat(twilio.received().get(0).from()).isEqualTo(OUTREACH);
        assertThat(get(admin, "/console/admin/campaigns/body").body()).doesNotContain(batch.id())
                .contains("<th scope=\"row\">1</th><td>1</td><td>0</td>");
        assertThat(audit("batch-approve")).anySatisfy(e -> assertThat(e.actor()).isEqualTo(admin.user().id()));
        HttpResponse<String> again = post(admin, "/console/admin/campaigns/batches/" + batch.id() + "/approve", Map.of());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("already sent");
    }
}
