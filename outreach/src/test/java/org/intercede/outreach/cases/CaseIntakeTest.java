package org.intercede.outreach.cases;

import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.inbound.InboundGateway;
import org.intercede.sms.inbound.InboundMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Replies to outreach through the real gateway into cases, on a real Redis, with the fake Twilio and a test clock. */
class CaseIntakeTest {
    static final String OUTREACH = "+12065550142";
    static final String PERSON = "+12063814422";
    static final String OTHER_PERSON = "+12063814433";
    static final String ON_CALL_PHONE = "+12063819900";

    private FakeTwilio twilio;
    private RunningApp app;
    private TestClock clock;
    private CaseStore cases;
    private TestStaff staff;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path numbers = Files.writeString(dir.resolve("numbers.yml"), """
                numbers:
                  - {number: "+12065550142", role: outreach, jurisdiction: us-wa}
                """);
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.numbers.file", numbers.toString());
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.test.staff", "true");
        properties.put("intercede.cases.timers", "false");
        properties.put("intercede.cases.staffed-hours", "Mon-Fri 09:00-18:00");
        properties.put("intercede.cases.staffed-zone", "America/Los_Angeles");
        properties.put("intercede.outbound.segments-per-second", "0");
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
        clock.set(Instant.parse("2026-03-02T18:00:00Z")); // a Monday, 10:00 in Seattle: staffed
        cases = app.bean(CaseStore.class);
        staff = app.bean(TestStaff.class);
    }

    @AfterEach
    void stop() {
        app.close();
        twilio.close();
    }

    private SupportCase reply(String from, String body) {
        app.bean(InboundGateway.class).accept(new InboundMessage("SM" + UUID.randomUUID().toString().replace("-", ""),
                from, OUTREACH, body, List.of()));
        return cases.findAll(cases.ids(InboxView.ALL, "", 100)).stream()
                .filter(c -> c.theirNumber().equals(from)).findFirst()
                .or(() -> cases.findAll(cases.ids(InboxView.RESOLVED, "", 100)).stream()
                        .filter(c -> c.theirNumber().equals(from)).findFirst())
                .orElseThrow();
    }

    private Caseworker worker(String id, String language, int capacity) {
        return new Caseworker(id, "Worker " + id, List.of(language), capacity, false, false, null);
    }

    private void online(String... ids) {
        for (String id : ids) {
            app.bean(Presence.class).heartbeat(id);
        }
    }

    private List<FakeTwilio.Received> sentTo(String number) {
        return twilio.received().stream().filter(r -> r.to().equals(number)).toList();
    }

    @Test
    void aRequestForHelpOpensACaseThatWaitsUnassignedUntilACaseworkerComesOnline() {
        staff.add(worker("ana", "en", 5));

        SupportCase opened = reply(PERSON, "yes I need help finding a place to stay");

        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.triage()).isEqualTo("help_request");
        assertThat(opened.assignee()).isNull();
        assertThat(opened.ourNumber()).isEqualTo(OUTREACH);
        assertThat(cases.ids(InboxView.UNASSIGNED, "", 10)).containsExactly(opened.id());

        online("ana");
        app.bean(CaseTimers.class).tick();

        assertThat(cases.find(opened.id()).orElseThrow().assignee()).isEqualTo("ana");
        assertThat(cases.ids(InboxView.UNASSIGNED, "", 10)).isEmpty();
        assertThat(cases.ids(InboxView.MINE, "ana", 10)).containsExactly(opened.id());
    }

    @Test
    void aCrisisIsUrgentAlertsTheOnCallPhoneAndGetsTheCrisisTextFromTheSameNumber() {
        staff.add(new Caseworker("sam", "Sam Lee", List.of("en"), 5, true, true, ON_CALL_PHONE));
        reply(OTHER_PERSON, "what is this");

        SupportCase crisis = reply(PERSON, "please help he took my phone and won't let me leave, he hits me");

        assertThat(crisis.urgent()).isTrue();
        assertThat(crisis.triage()).isEqualTo("crisis");
        assertThat(cases.ids(InboxView.URGENT, "", 10)).containsExactly(crisis.id());
        assertThat(crisis.responseDue()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(app.bean(CaseAlerts.class).recent(5)).extracting(CaseAlerts.Alert::kind, CaseAlerts.Alert::caseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CaseAlerts.Kind.CRISIS, crisis.id()));
        await().until(() -> sentTo(PERSON).size() == 1 && sentTo(ON_CALL_PHONE).size() == 1);
        assertThat(sentTo(PERSON).get(0).from()).isEqualTo(OUTREACH);
        assertThat(sentTo(PERSON).get(0).body()).contains("911");
        assertThat(sentTo(ON_CALL_PHONE).get(0).body()).contains("URGENT").doesNotContain(PERSON);

        reply(PERSON, "please hurry he is coming back, I'm scared he will hurt me");
        await().during(Duration.ofMillis(300)).until(() -> sentTo(PERSON).size() == 1);
    }

    @Test
    void anOptOutInOwnWordsSuppressesAndIsConfirmedOnlyOnce() {
        SupportCase first = reply(PERSON, "don't text me again, leave me alone");

        assertThat(first.optedOut()).isTrue();
        assertThat(first.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(app.bean(OptOutStore.class).isOptedOut(NumberRole.OUTREACH, PERSON)).isTrue();
        await().until(() -> sentTo(PERSON).size() == 1);

        reply(PERSON, "I said stop texting me");
        await().during(Duration.ofMillis(300)).until(() -> sentTo(PERSON).size() == 1);
        assertThat(cases.ids(InboxView.ALL, "", 10)).isEmpty();
    }

    @Test
    void aHostileReplyIsFlaggedForASupervisorWithoutAnyAutomaticReplyOrAssignment() {
        staff.add(worker("ana", "en", 5));
        online("ana");

        SupportCase hostile = reply(PERSON, "who the f*** is this, stop bothering my girl or you'll regret it");

        assertThat(hostile.hostile()).isTrue();
        assertThat(hostile.assignee()).isNull();
        assertThat(cases.ids(InboxView.FLAGGED, "", 10)).containsExactly(hostile.id());
        assertThat(cases.ids(InboxView.UNASSIGNED, "", 10)).isEmpty();
        assertThat(app.bean(CaseAlerts.class).recent(5)).extracting(CaseAlerts.Alert::kind)
                .containsExactly(CaseAlerts.Kind.HOSTILE);
        await().during(Duration.ofMillis(300)).until(() -> twilio.count() == 0);
    }

    @Test
    void outsideStaffedHoursTheAfterHoursTextGoesOutOnceUntilACaseworkerAnswers() {
        clock.set(Instant.parse("2026-03-08T06:00:00Z")); // Saturday night in Seattle

        SupportCase opened = reply(PERSON, "hi who is this");
        reply(PERSON, "hello?");
        await().during(Duration.ofMillis(300)).until(() -> sentTo(PERSON).size() == 1);
        assertThat(sentTo(PERSON).get(0).body()).contains("not at our desks");

        cases.recordReply(opened.id(), "ana");
        reply(PERSON, "ok thanks, talk tomorrow");
        await().until(() -> sentTo(PERSON).size() == 2);
    }

    @Test
    void anUnansweredCaseAlertsOncePastItsResponseTimeAndAnAnswerStopsTheTimer() {
        SupportCase waiting = reply(PERSON, "can you help me with a doctor");
        SupportCase answered = reply(OTHER_PERSON, "can you help me get a lawyer");
        cases.recordReply(answered.id(), "ana");
        CaseTimers timers = app.bean(CaseTimers.class);

        clock.advance(Duration.ofMinutes(9));
        assertThat(timers.tick()).isZero();
        clock.advance(Duration.ofMinutes(2));
        assertThat(timers.tick()).isEqualTo(1);
        assertThat(timers.tick()).isZero();

        assertThat(app.bean(CaseAlerts.class).recent(5)).extracting(CaseAlerts.Alert::kind, CaseAlerts.Alert::caseId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CaseAlerts.Kind.OVERDUE, waiting.id()));
    }

    @Test
    void theCaseworkerWhoHandledThePersonBeforeGetsTheirNewCaseEvenWhenFull() {
        staff.add(worker("ana", "en", 1)).add(worker("ben", "en", 5));
        online("ana", "ben");
        SupportCase first = reply(PERSON, "can you help me");
        String handler = first.assignee();
        cases.recordReply(first.id(), handler);
        cases.setStatus(first.id(), CaseStatus.RESOLVED, null);
        reply(OTHER_PERSON, "i need help too");

        SupportCase again = reply(PERSON, "hi it's me again, i need help");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(again.assignee()).isEqualTo(handler);
    }

    @Test
    void aSpanishReplyGoesToTheCaseworkerWhoSpeaksSpanish() {
        staff.add(worker("ana", "en", 5)).add(worker("sofia", "es", 5));
        online("ana", "sofia");

        SupportCase spanish = reply(PERSON, "hola necesito ayuda por favor, no tengo donde quedarme");

        assertThat(spanish.language()).isEqualTo("es");
        assertThat(cases.find(spanish.id()).orElseThrow().assignee()).isEqualTo("sofia");
    }

    @Test
    void nobodyIsGivenMoreCasesThanTheirCapacity() {
        staff.add(worker("ana", "en", 1));
        online("ana");

        reply(PERSON, "can you help me");
        SupportCase second = reply(OTHER_PERSON, "can you help me please");

        assertThat(cases.load("ana")).isEqualTo(1);
        assertThat(cases.find(second.id()).orElseThrow().assignee()).isNull();
    }

    @Test
    void aSnoozedCaseWakesUpAtItsTimeAndANewMessageReopensItEarlier() {
        SupportCase snoozed = reply(PERSON, "can you call me tomorrow");
        cases.setStatus(snoozed.id(), CaseStatus.SNOOZED, clock.instant().plus(Duration.ofHours(2)));
        clock.advance(Duration.ofHours(3));
        app.bean(CaseTimers.class).tick();
        assertThat(cases.find(snoozed.id()).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);

        cases.setStatus(snoozed.id(), CaseStatus.SNOOZED, clock.instant().plus(Duration.ofHours(2)));
        SupportCase woken = reply(PERSON, "actually now is fine");
        assertThat(woken.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(woken.snoozedUntil()).isNull();
    }

    @Test
    void theListsPutUrgentCasesFirstThenTheLongestWaitingThenTheAnswered() {
        SupportCase answered = reply("+12063814501", "hi can you help");
        clock.advance(Duration.ofMinutes(1));
        SupportCase waitingLongest = reply("+12063814502", "can you help me with rent");
        clock.advance(Duration.ofMinutes(1));
        SupportCase waiting = reply("+12063814503", "can you help me see a doctor");
        clock.advance(Duration.ofMinutes(1));
        cases.recordReply(answered.id(), "ana");
        SupportCase urgent = reply("+12063814504", "please help he is hurting me and won't let me leave");

        assertThat(cases.ids(InboxView.ALL, "", 10))
                .containsExactly(urgent.id(), waitingLongest.id(), waiting.id(), answered.id());
        assertThat(cases.ids(InboxView.UNASSIGNED, "", 10))
                .containsExactly(urgent.id(), waitingLongest.id(), waiting.id(), answered.id());
    }

    @Test
    void anAnswerFromAStaffPhoneToAnAlertIsNotMadeACase() {
        staff.add(new Caseworker("sam", "Sam Lee", List.of("en"), 5, true, true, ON_CALL_PHONE));
        reply(PERSON, "can you help me");

        app.bean(InboundGateway.class).accept(new InboundMessage("SM" + UUID.randomUUID().toString().replace("-", ""),
                ON_CALL_PHONE, OUTREACH, "ok on it", List.of()));

        assertThat(cases.findAll(cases.ids(InboxView.ALL, "", 10))).extracting(SupportCase::theirNumber)
                .containsExactly(PERSON);
    }

    @Test
    void numbersAndMessagesAreSealedInRedis() {
        reply(PERSON, "can you help me find a shelter");
        String dump = org.intercede.sms.RedisDump.all(app.bean(redis.clients.jedis.UnifiedJedis.class), app.bean(org.intercede.sms.redis.RedisKeys.class));
        assertThat(dump).doesNotContain("2063814422").doesNotContain("shelter");
    }
}
