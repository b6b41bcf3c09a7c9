package org.intercede.outreach.console.auth;

import org.intercede.outreach.console.audit.AuditEntry;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.intercede.outreach.console.auth.AuthContexts.PASSWORD;

class ConsoleHttpTest {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");
    private static RunningApp app;
    private static UserStore users;
    private static TestClock clock;
    private String username;

    @BeforeAll
    static void start() {
        Map<String, Object> properties = AuthContexts.properties();
        // Every test signs in from 127.0.0.1: only the per-username lockout is under test here.
        properties.put("intercede.console.ip-attempts", "1000");
        app = RunningApp.start(properties);
        users = app.bean(UserStore.class);
        clock = app.bean(TestClock.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A fresh caseworker per test: lockouts and sessions of one test never reach another. */
    @BeforeEach
    void user() {
        username = "cw" + System.nanoTime();
        users.create(AuditLog.SYSTEM, NewUser.of(username, Role.CASEWORKER), PASSWORD);
    }

    /** The sign-in page's form token and the cookie that goes with it. */
    private record LoginForm(String token, String cookie) {
    }

    private static LoginForm loginForm() {
        HttpResponse<String> page = app.get("/console/login");
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as("form token in %s", page.body()).isTrue();
        return new LoginForm(token.group(1), cookieValue(page, ConsoleCookies.LOGIN_CSRF));
    }

    private static HttpResponse<String> postLogin(LoginForm form, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return app.send(HttpRequest.newBuilder(app.base.resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", ConsoleCookies.LOGIN_CSRF + "=" + form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> login(String password, String next) {
        LoginForm form = loginForm();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.token());
        fields.put("username", username);
        fields.put("password", password);
        if (next != null) {
            fields.put("next", next);
        }
        return postLogin(form, fields);
    }

    /** Signs in and returns the session cookie's value. */
    private String signIn() {
        HttpResponse<String> response = login(PASSWORD, null);
        assertThat(response.statusCode()).isEqualTo(303);
        return cookieValue(response, ConsoleCookies.SESSION);
    }

    private static HttpResponse<String> get(String path, String session, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base.resolve(path)).GET();
        if (session != null) {
            request.header("Cookie", ConsoleCookies.SESSION + "=" + session);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        return app.send(request.build());
    }

    private static HttpResponse<String> post(String path, String session, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody())
                .header("Cookie", ConsoleCookies.SESSION + "=" + session);
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return app.send(request.build());
    }

    private static String csrfOf(String session) {
        String me = get("/console/me", session, "application/json").body();
        Matcher token = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(me);
        assertThat(token.find()).as(me).isTrue();
        return token.group(1);
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + response.headers().map()));
    }

    private static String cookieValue(HttpResponse<?> response, String name) {
        return setCookie(response, name).substring(name.length() + 1).split(";")[0];
    }

    @Test
    void theSignInPageIsAnAccessibleFormWithAFormTokenInACookie() {
        HttpResponse<String> page = app.get("/console/login?next=/console/cases/42");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("<label for=\"username\">", "<label for=\"password\">", "autocomplete=\"username\"",
                "autocomplete=\"current-password\"", "role=\"alert\"", "href=\"/assets/console/console.css\"",
                "name=\"next\" value=\"/console/cases/42\"").doesNotContain("<script");
        String cookie = setCookie(page, ConsoleCookies.LOGIN_CSRF);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/console/login");
        assertThat(page.body()).contains("value=\"" + cookieValue(page, ConsoleCookies.LOGIN_CSRF) + "\"");
    }

    @Test
    void signingInSetsAStrictSessionCookieAndGoesToTheNextPage() {
        HttpResponse<String> response = login(PASSWORD, "/console/me?x=1");
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/console/me?x=1");
        String cookie = setCookie(response, ConsoleCookies.SESSION);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/console").doesNotContain("Secure");
        HttpResponse<String> me = get("/console/me", cookieValue(response, ConsoleCookies.SESSION), "application/json");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"" + username + "\"", "\"role\":\"caseworker\"", "\"csrfToken\":");
        assertThat(app.bean(AuditLog.class).page(null, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("login");
            assertThat(e.target()).isEqualTo(username);
        });
    }

    @Test
    void aNextPageOutsideTheConsoleIsIgnored() {
        for (String next : List.of("https://evil.example/console", "//evil.example/console", "/consolex", "/console/../simulator",
                "/\\evil.example", "/console/login")) {
            HttpResponse<String> response = login(PASSWORD, next);
            assertThat(response.headers().firstValue("Location")).as(next).contains("/console");
        }
    }

    @Test
    void behindHttpsTheCookiesAreSecure() {
        LoginForm form = loginForm();
        HttpResponse<String> response = app.send(HttpRequest.newBuilder(app.base.resolve("/console/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-Proto", "https")
                .header("Cookie", ConsoleCookies.LOGIN_CSRF + "=" + form.cookie())
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + form.token() + "&username=" + username
                        + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build());
        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(setCookie(response, ConsoleCookies.SESSION)).contains("Secure");
    }

    @Test
    void aSignInWhoseFormTokenDoesNotMatchItsCookieIsRefused() {
        LoginForm form = loginForm();
        HttpResponse<String> response = postLogin(new LoginForm(form.token(), loginForm().cookie()),
                Map.of("_csrf", form.token(), "username", username, "password", PASSWORD));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(ConsoleCookies.SESSION + "="));
        HttpResponse<String> noToken = postLogin(form, Map.of("username", username, "password", PASSWORD));
        assertThat(noToken.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordShowsTheFormAgainWithAGenericMessage() {
        HttpResponse<String> response = login("not the password", null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("Wrong username or password.").contains("value=\"" + username + "\"");
        assertThat(setCookie(response, ConsoleCookies.LOGIN_CSRF)).isNotBlank();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 4; i++) {
            assertThat(login("not the password", null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> fifth = login("not the password", null);
        assertThat(fifth.statusCode()).isEqualTo(429);
        HttpResponse<String> right = login(PASSWORD, null);
        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.body()).contains("Too many failed attempts. Try again in 15 minutes.");
        assertThat(right.headers().firstValue("Retry-After")).contains("900");
        assertThat(right.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(ConsoleCookies.SESSION + "="));
        assertThat(app.bean(AuditLog.class).page(null, 50)).filteredOn(e -> username.equals(e.target()))
                .extracting(AuditEntry::action).contains("lockout");
    }

    @Test
    void aPostWithoutTheCsrfHeaderIsRefusedAndChangesNothing() {
        String session = signIn();
        HttpResponse<String> refused = post("/console/logout", session, null);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("X-CSRF-Token");
        assertThat(post("/console/logout", session, "wrong-token").statusCode()).isEqualTo(403);
        assertThat(get("/console/me", session, "application/json").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aPostWithTheCsrfHeaderPassesTheFilter() {
        String session = signIn();
        HttpResponse<String> ping = post("/console/me/ping", session, csrfOf(session));
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).contains(username);
    }

    @Test
    void signingOutEndsTheSessionAndItsCookieThenLeadsToTheSignInPage() {
        String session = signIn();
        HttpResponse<String> out = post("/console/logout", session, csrfOf(session));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location")).contains("/console/login");
        assertThat(setCookie(out, ConsoleCookies.SESSION)).containsIgnoringCase("Max-Age=0");
        HttpResponse<String> again = get("/console/me", session, "text/html");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).contains("/console/login?next=%2Fconsole%2Fme");
    }

    @Test
    void thePagesOwnRefreshesDoNotKeepAnUnattendedSessionAlive() {
        String session = signIn();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(10));
            HttpResponse<String> refresh = app.send(HttpRequest.newBuilder(app.base.resolve("/console/me"))
                    .header("Cookie", ConsoleCookies.SESSION + "=" + session)
                    .header(ConsoleAuthFilter.BACKGROUND_HEADER, "1").GET().build());
            // Valid while the person's last own request is under 30 minutes old, and never extended by it.
            assertThat(refresh.statusCode()).isEqualTo(i < 2 ? 200 : 401);
        }
    }

    @Test
    void aPersonsOwnRequestsKeepTheSessionAlive() {
        String session = signIn();
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(get("/console/me", session, "application/json").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anIdleSessionIsRefused() {
        String session = signIn();
        clock.advance(Duration.ofMinutes(31));
        assertThat(get("/console/me", session, "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void withoutASessionAPageRedirectsToSignInAndAScriptGets401() {
        HttpResponse<String> page = get("/console", null, "text/html,application/xhtml+xml");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/console/login?next=%2Fconsole");
        HttpResponse<String> script = get("/console/me", null, "application/json");
        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.body()).contains("sign in first");
        assertThat(get("/console/me", "made-up-session-id-made-up-session-id-00000", "application/json").statusCode()).isEqualTo(401);
        assertThat(post("/console/me/ping", "x", "y").statusCode()).isEqualTo(401);
    }

    @Test
    void aDisabledAccountsSessionStopsWorking() {
        String session = signIn();
        users.disable(AuditLog.SYSTEM, users.findByUsername(username).orElseThrow().id());
        assertThat(get("/console/me", session, "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void aRoleBelowTheOneNeededGets403() {
        String session = signIn();
        HttpResponse<String> refused = get("/console/test/admin-only", session, "application/json");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"error\":\"this needs the admin role\"}");
        users.create(AuditLog.SYSTEM, NewUser.of(username + "a", Role.ADMIN), PASSWORD);
        username = username + "a";
        assertThat(get("/console/test/admin-only", signIn(), "application/json").statusCode()).isEqualTo(200);
    }

    @Test
    void everyConsoleResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(app.get("/console/login"), get("/console/me", null, "application/json"),
                get("/console", null, "text/html"), get("/console/me", signIn(), "application/json"))) {
            assertThat(response.headers().firstValue("Cache-Control")).as(response.uri().toString()).contains("no-store");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self'", "style-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
        }
    }
}
