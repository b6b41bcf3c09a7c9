package org.intercede.server.console;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.server.browser.Browsers;
import org.intercede.server.browser.Screenshots;
import org.intercede.sms.RunningApp;
import org.intercede.sms.Twilios;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The caseworkers' console in a real browser against the whole app: signed reply webhooks come in, cases appear
 * live, a caseworker answers with a canned response and the fake Twilio receives it from the outreach number.
 */
class ConsoleBrowserTest {
    private static final String OUTREACH = "+12065550142";
    private static final String SUPERVISOR_PHONE = "+12063819900";
    private static final String PASSWORD = "correct horse battery";

    @RegisterExtension
    static final Browsers browsers = new Browsers();
    private static FakeTwilio twilio;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("console-test");
        Path numbers = Files.writeString(dir.resolve("numbers.yml"), """
                numbers:
                  - {number: "+12065550142", role: outreach, jurisdiction: us-wa}
                """);
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.numbers.file", numbers.toString());
        properties.put("intercede.cases.staffed-hours", "always");
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        properties.put("intercede.cases.heartbeat", "1s");
        app = RunningApp.start(properties);
        UserStore users = app.bean(UserStore.class);
        users.create("test", new NewUser("ana", "Ana Ruiz", Role.CASEWORKER, List.of("en"), 5, null), PASSWORD);
        ConsoleUser sam = users.create("test", new NewUser("sam", "Sam Lee", Role.SUPERVISOR, List.of("en"), 5,
                SUPERVISOR_PHONE), PASSWORD);
        users.update("test", sam.id(), sam.displayName(), sam.role(), sam.languages(), sam.capacity(), sam.phone(), true);
    }

    /** Nobody is online from an earlier test: routing then depends only on who this test signs in. */
    @org.junit.jupiter.api.BeforeEach
    void everyoneOffline() {
        UserStore users = app.bean(UserStore.class);
        users.list().forEach(u -> app.bean(org.intercede.outreach.cases.Presence.class).leave(u.id()));
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    private static void reply(String from, String body) {
        assertThat(TwilioPosts.sms(app, from, OUTREACH, "SM" + UUID.randomUUID().toString().replace("-", ""), body)
                .statusCode()).isEqualTo(200);
    }

    private static List<FakeTwilio.Received> sentTo(String number) {
        return twilio.received().stream().filter(r -> r.to().equals(number)).toList();
    }

    private static Page signIn(String username) {
        Page page = browsers.page();
        page.navigate(app.base.resolve("/console").toString());
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("button[type=submit]").click();
        assertThat(page.locator("body[data-live=yes]")).hasCount(1);
        return page;
    }

    @Test
    void aReplyAppearsLiveAndIsAnsweredWithACannedResponseFromTheSameOutreachNumber() {
        String person = "+12063814401";
        Page page = signIn("ana");
        page.evaluate("window.sameDocument = true");

        reply(person, "yes i could use some help finding a doctor");

        Locator row = page.locator(".case-row").filter(new Locator.FilterOptions().setHasText("finding a doctor"));
        assertThat(row).hasCount(1);
        assertThat(row).containsText("Ana Ruiz");
        assertThat(page.evaluate("window.sameDocument === true")).isEqualTo(true);

        row.locator("a").click();
        assertThat(page.locator("#thread")).containsText("finding a doctor");
        page.locator("#canned").selectOption("caseworker.greeting");
        assertThat(page.locator("#reply-text")).hasValue(java.util.regex.Pattern.compile("Hi, this is Ana\\b.*"));
        assertThat(page.locator("#segments")).containsText("SMS");
        page.locator("form.reply button[type=submit]").click();

        await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(person).size() == 1);
        FakeTwilio.Received sent = sentTo(person).get(0);
        assertThat(sent.from()).isEqualTo(OUTREACH);
        assertThat(sent.body()).startsWith("Hi, this is Ana.");
        assertThat(page.locator("#thread li.out")).containsText("Hi, this is Ana");
        assertThat(page.locator("#reply-text")).hasValue("");
        page.locator("#note-text").fill("Prefers texts in the evening.");
        page.locator("#note-text").press("Tab");
        page.locator("form:has(#note-text) button[type=submit]").click();
        assertThat(page.locator(".notes")).containsText("Prefers texts in the evening.");
        browsers.assertNoPageErrors();
        Screenshots.save(page, "console-conversation");
    }

    @Test
    void aCrisisJumpsToTheTopOfTheInboxAndAlertsTheOnCallSupervisor() {
        Page page = signIn("sam");
        reply("+12063814402", "hi, what is this about?");
        assertThat(page.locator(".case-row").first()).containsText("what is this about");

        String inDanger = "+12063814403";
        reply(inDanger, "please help me he locked me in and took my phone i am scared");

        assertThat(page.locator(".case-row").first()).containsText("locked me in");
        assertThat(page.locator(".case-row").first().locator(".badge.urgent")).hasCount(1);
        assertThat(page.locator("#live-alerts .alert.crisis")).hasCount(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(SUPERVISOR_PHONE).size() == 1
                && sentTo(inDanger).size() == 1);
        assertThat(sentTo(SUPERVISOR_PHONE).get(0).body()).doesNotContain(inDanger).contains("URGENT");
        assertThat(sentTo(inDanger).get(0).from()).isEqualTo(OUTREACH);
        browsers.assertNoPageErrors();
        Screenshots.save(page, "console-inbox");
    }

    @Test
    void anOptOutReplySuppressesAndIsConfirmedOnce() {
        String person = "+12063814404";
        Page page = signIn("sam");
        reply(person, "please don't text me anymore");

        await().atMost(Duration.ofSeconds(10)).until(() -> sentTo(person).size() == 1);
        reply(person, "i said leave me alone, stop messaging me");
        page.navigate(app.base.resolve("/console?view=resolved").toString());
        Locator row = page.locator(".case-row").filter(new Locator.FilterOptions().setHasText("leave me alone"));
        assertThat(row.locator(".badge.opted-out")).hasCount(1);
        row.locator("a").click();
        assertThat(page.locator("main")).containsText("asked not to be texted");
        assertThat(page.locator("form.reply")).hasCount(0);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> sentTo(person).size() == 1);
        browsers.assertNoPageErrors();
    }

    @Test
    void anOpenConsoleWhoseSessionEndsGoesBackToTheSignInPage() {
        Page page = signIn("ana");
        ConsoleUser ana = app.bean(UserStore.class).findByUsername("ana").orElseThrow();

        // As when an admin disables the account or the session times out: the page is not told by anyone.
        app.bean(org.intercede.outreach.console.auth.SessionStore.class).deleteAllFor(ana.id());

        assertThat(page.locator("#username")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/console/login\\?next=%2Fconsole.*"));
    }

    @Test
    void theDashboardShowsTheFunnelResponseTimesAndCases() {
        reply("+12063814405", "can you help me get a lawyer");
        Page page = signIn("sam");
        page.navigate(app.base.resolve("/console/dashboard").toString());
        assertThat(page.locator("h1")).containsText("Dashboard");
        assertThat(page.locator("figure").filter(new Locator.FilterOptions().setHasText("Cases by status")).locator("svg"))
                .hasCount(1);
        assertThat(page.locator("figure").filter(new Locator.FilterOptions().setHasText("Outreach funnel"))).containsText("replied");
        browsers.assertNoPageErrors();
        Screenshots.save(page, "console-dashboard");
    }
}
