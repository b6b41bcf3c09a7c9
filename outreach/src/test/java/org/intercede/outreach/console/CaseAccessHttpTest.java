package org.intercede.outreach.console;

import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.InboxView;
import org.intercede.outreach.console.audit.AuditEntry;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.SessionStore;
import org.intercede.outreach.console.auth.UserStore;
import org.intercede.sms.RunningApp;
import org.intercede.sms.inbound.InboundGateway;
import org.intercede.sms.inbound.InboundMessage;
import org.intercede.sms.message.MessageStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open which case, over HTTP with real sessions: ids are not secrets, roles and assignment decide. */
class CaseAccessHttpTest {
    private static final String PASSWORD = "correct horse battery";
    private static RunningApp app;
    private static ConsoleUser ana;
    private static ConsoleUser ben;
    private static ConsoleUser sam;
    private static String caseOfBen;

    @BeforeAll
    static void start() throws Exception {
        Path numbers = Files.writeString(Files.createTempDirectory("access").resolve("numbers.yml"), """
                numbers:
                  - {number: "+12065550142", role: outreach}
                """);
        Map<String, Object> properties = new HashMap<>();
        properties.put("intercede.numbers.file", numbers.toString());
        properties.put("intercede.outbound.dispatch", "false");
        properties.put("intercede.cases.timers", "false");
        properties.put("intercede.cases.staffed-hours", "always");
        properties.put("intercede.console.password-memory", "64");
        properties.put("intercede.console.password-iterations", "1");
        app = RunningApp.start(properties);
        UserStore users = app.bean(UserStore.class);
        ana = users.create(AuditLog.SYSTEM, NewUser.of("ana", Role.CASEWORKER), PASSWORD);
        ben = users.create(AuditLog.SYSTEM, NewUser.of("ben", Role.CASEWORKER), PASSWORD);
        sam = users.create(AuditLog.SYSTEM, NewUser.of("sam", Role.SUPERVISOR), PASSWORD);
        app.bean(InboundGateway.class).accept(new InboundMessage("SM00000000000000000000000000000001",
                "+12063814422", "+12065550142", "can you help me find a place to stay", List.of()));
        CaseStore cases = app.bean(CaseStore.class);
        caseOfBen = cases.ids(InboxView.ALL, "", 10).get(0);
        cases.assign(caseOfBen, ben.id());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String session(ConsoleUser user) {
        return app.bean(SessionStore.class).create(user, "127.0.0.1").id();
    }

    private static HttpResponse<String> get(ConsoleUser user, String path) {
        return app.send(HttpRequest.newBuilder(app.base.resolve(path)).GET()
                .header("Cookie", "intercede_session=" + session(user)).header("Accept", "text/html").build());
    }

    private static HttpResponse<String> post(ConsoleUser user, String path, String form) {
        String id = session(user);
        String csrf = app.bean(SessionStore.class).find(id).orElseThrow().csrfToken();
        return app.send(HttpRequest.newBuilder(app.base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "intercede_session=" + id).header("X-CSRF-Token", csrf).build());
    }

    private static List<AuditEntry> auditOf(ConsoleUser user) {
        return app.bean(AuditLog.class).page(null, 200).stream().filter(e -> e.actor().equals(user.id())).toList();
    }

    @Test
    void aCaseworkerCannotOpenAColleaguesCaseByItsIdAndTheAttemptIsAudited() {
        assertThat(get(ana, "/console/cases/" + caseOfBen).statusCode()).isEqualTo(404);
        assertThat(get(ana, "/console/cases/" + caseOfBen + "/thread").statusCode()).isEqualTo(404);
        assertThat(auditOf(ana)).extracting(AuditEntry::action).contains("view-case-refused");
    }

    @Test
    void aCaseworkerCannotReplyToOrRevealAColleaguesCase() {
        assertThat(post(ana, "/console/cases/" + caseOfBen + "/reply", "text=hello").statusCode()).isEqualTo(404);
        assertThat(post(ana, "/console/cases/" + caseOfBen + "/reveal", "").statusCode()).isEqualTo(404);
        assertThat(app.bean(MessageStore.class).thread(caseOfBen, 10)).hasSize(1);
    }

    @Test
    void theAssignedCaseworkerAndASupervisorOpenItAndEveryViewAndRevealIsAudited() {
        HttpResponse<String> own = get(ben, "/console/cases/" + caseOfBen);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("find a place to stay").doesNotContain("2063814422");
        assertThat(get(sam, "/console/cases/" + caseOfBen).statusCode()).isEqualTo(200);

        HttpResponse<String> revealed = post(sam, "/console/cases/" + caseOfBen + "/reveal", "");
        assertThat(revealed.body()).contains("+12063814422");
        assertThat(auditOf(ben)).extracting(AuditEntry::action).contains("view-case");
        assertThat(auditOf(sam)).extracting(AuditEntry::action).contains("view-case", "reveal-number");
    }

    @Test
    void aColleaguesCaseIsNotListedInACaseworkersInbox() {
        String anas = get(ana, "/console/fragments/inbox?view=all").body();
        assertThat(anas).doesNotContain(caseOfBen);
        // Not even counted: the tab counts only what she may open.
        assertThat(anas).containsPattern("All open</span>\\s*<span class=\"count\">0<");
        assertThat(get(ben, "/console/fragments/inbox?view=all").body()).contains(caseOfBen);
    }

    @Test
    void aPageWhoseTemplateFailsAnswersWithAnErrorInsteadOfNeverAnswering() throws Exception {
        HttpResponse<String> response = app.http().sendAsync(HttpRequest.newBuilder(app.base.resolve("/console/test/broken"))
                        .header("Cookie", "intercede_session=" + session(sam)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString())
                .get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(500);
    }

    @Test
    void theAuditLogIsForSupervisorsOnly() {
        assertThat(get(ana, "/console/audit").statusCode()).isEqualTo(403);
        assertThat(get(sam, "/console/audit").statusCode()).isEqualTo(200);
        assertThat(get(ana, "/console/dashboard").statusCode()).isEqualTo(403);
    }
}
