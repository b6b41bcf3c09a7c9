package org.intercede.outreach.campaign;

import org.intercede.outreach.ads.Ad;
import org.intercede.outreach.ads.AdIngest;
import org.intercede.prompts.Catalog;
import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Campaigns planned and sent through the real gateway to the fake Twilio, on a real Redis and a test clock. */
class OutreachPlannerTest {
    private static final String SEATTLE = "+12063814422";
    private static final String UK_MOBILE = "+447400123456";
    private static final String UK_LANDLINE = "+442079460018";
    private static final String OUTREACH_A = "+12065550142";
    private static final String OUTREACH_B = "+12065550143";

    private FakeTwilio twilio;
    private RunningApp app;
    private TestClock clock;
    private OutreachPlanner planner;

    @BeforeEach
    void start(@TempDir Path dir) throws Exception {
        Path numbers = Files.writeString(dir.resolve("numbers.yml"), """
                numbers:
                  - {number: "+12065550142", role: outreach}
                  - {number: "+12065550143", role: outreach}
                  - {number: "+12065550199", role: test}
                """);
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.numbers.file", numbers.toString());
        properties.put("intercede.test.clock", "true");
        properties.put("intercede.outbound.segments-per-second", "0");
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
        clock.set(Instant.parse("2026-03-02T18:00:00Z")); // 10:00 in Seattle, 18:00 in London
        planner = app.bean(OutreachPlanner.class);
    }

    @AfterEach
    void stop() {
        app.close();
        twilio.close();
    }

    private void ad(String url, String city, String text) {
        app.bean(AdIngest.class).ingest(new Ad("siteA", url, clock.instant().minus(Duration.ofDays(1)), "hi", text, city,
                "London".equals(city) ? "GB" : "US"));
    }

    private static Campaign campaign(String yaml) {
        return Campaigns.parse(new ByteArrayInputStream(("campaigns:\n  test:\n" + yaml).getBytes(StandardCharsets.UTF_8)),
                "test.yml", "test");
    }

    @Test
    void everySuppressionRuleLeavesANumberOutWithItsReason() {
        ad("https://a.example/1", "Seattle", "call 206 381 4422");
        ad("https://a.example/2", "Seattle", "call 206 381 4423");
        ad("https://a.example/3", "Seattle", "call 206 381 4424");
        ad("https://a.example/4", "London", "ring 020 7946 0018");
        ad("https://a.example/5", "Seattle", "text 206 555 0199");
        ad("https://a.example/6", "Seattle", "call 206 381 4425");
        ad("https://a.example/7", "Seattle", "call 206 381 4426");
        app.bean(OptOutStore.class).optOut(NumberRole.OUTREACH, "+12063814423", "test");
        app.bean(InvalidNumbers.class).mark("+12063814424");
        Recipients recipients = app.bean(Recipients.class);
        recipients.texted("+12063814425", OUTREACH_A, clock.instant().minus(Duration.ofDays(3)));
        recipients.texted("+12063814426", OUTREACH_A, clock.instant().minus(Duration.ofDays(90)));
        recipients.texted("+12063814426", OUTREACH_A, clock.instant().minus(Duration.ofDays(60)));

        OutreachPlanner.Plan plan = planner.plan(campaign("    daily_cap: 10\n"), clock.instant());

        assertThat(plan.offers()).extracting(OutreachPlanner.Offer::number).containsExactly(SEATTLE);
        Map<String, String> reasons = new HashMap<>();
        plan.skipped().forEach(s -> reasons.put(s.number(), s.reason()));
        assertThat(reasons).containsEntry("+12063814423", "opted out")
                .containsEntry("+12063814424", "known invalid")
                .containsEntry(UK_LANDLINE, "a landline")
                .containsEntry("+12065550199", "one of our own numbers")
                .containsEntry("+12063814426", "already texted 2 times (the limit)");
        assertThat(reasons.get("+12063814425")).contains("within the cooldown");
    }

    @Test
    void eachRecipientIsTextedInsideTheHoursOfTheirOwnTimeZone() {
        ad("https://a.example/8", "Seattle", "call 206 381 4422");
        ad("https://a.example/9", "London", "text 07400 123456");
        OutreachPlanner.Plan plan = planner.plan(campaign("    hours: {from: \"09:00\", to: \"17:00\"}\n"), clock.instant());
        Map<String, TextingHours.Window> windows = new HashMap<>();
        plan.offers().forEach(o -> windows.put(o.number(), o.window()));
        // 10:00 in Seattle: now, until 17:00 local (01:00 UTC).
        assertThat(windows.get(SEATTLE)).isEqualTo(new TextingHours.Window(clock.instant(), Instant.parse("2026-03-03T01:00:00Z")));
        // 18:00 in London is past the hours: tomorrow 09:00 to 17:00 London time (UTC in March).
        assertThat(windows.get(UK_MOBILE)).isEqualTo(new TextingHours.Window(Instant.parse("2026-03-03T09:00:00Z"),
                Instant.parse("2026-03-03T17:00:00Z")));
    }

    @Test
    void aRecipientAlwaysHearsFromTheSameNumberAndTheDailyCapHolds() {
        ad("https://a.example/10", "Seattle", "call 206 381 4422");
        ad("https://a.example/11", "Seattle", "call 206 381 4427");
        app.bean(Recipients.class).texted(SEATTLE, OUTREACH_B, clock.instant().minus(Duration.ofDays(40)));
        OutreachPlanner.Plan plan = planner.plan(campaign("    daily_cap: 1\n    numbers: [\"+12065550142\", \"+12065550143\"]\n"),
                clock.instant());
        assertThat(plan.offers()).hasSize(1);
        assertThat(plan.skipped()).extracting(OutreachPlanner.Skipped::reason).anyMatch(r -> r.startsWith("daily cap of 1"));
        plan.offers().stream().filter(o -> o.number().equals(SEATTLE))
                .forEach(o -> assertThat(o.sender()).isEqualTo(OUTREACH_B));
    }

    @Test
    void aCampaignRunsThroughTheGatewayAndIsNotRepeatedWithinTheCooldown() {
        ad("https://a.example/12", "Seattle", "call 206 381 4422");
        Campaign campaign = campaign("    ads: {cities: [seattle]}\n    numbers: [\"+12065550142\"]\n");
        OutreachPlanner.Plan plan = planner.plan(campaign, clock.instant());
        assertThat(planner.send(plan, clock.instant())).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 1);
        FakeTwilio.Received sent = twilio.received().get(0);
        assertThat(sent.to()).isEqualTo(SEATTLE);
        assertThat(sent.from()).isEqualTo(OUTREACH_A);
        assertThat(Catalog.builtIn().variants("outreach.first", "en")).contains(sent.body());

        OutreachPlanner.Plan again = planner.plan(campaign, clock.instant().plus(Duration.ofDays(1)));
        assertThat(again.offers()).isEmpty();
        assertThat(again.skipped()).extracting(OutreachPlanner.Skipped::reason).allMatch(r -> r.contains("cooldown"));
    }

    @Test
    void aReviewedBatchWaitsForApprovalAndIsPlannedAgainWhenApproved() {
        ad("https://a.example/13", "Seattle", "call 206 381 4422");
        ad("https://a.example/14", "Seattle", "call 206 381 4428");
        Campaign campaign = campaign("    review: true\n    numbers: [\"+12065550142\"]\n");
        ReviewBatches batches = app.bean(ReviewBatches.class);
        ReviewBatches.Batch batch = batches.hold(planner.plan(campaign, clock.instant()));
        assertThat(batch.offers()).isEqualTo(2);
        assertThat(batches.pending()).extracting(ReviewBatches.Batch::id).contains(batch.id());
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> twilio.received().isEmpty());

        // Someone opts out while the batch waits: the approval must not text them.
        app.bean(OptOutStore.class).optOut(NumberRole.OUTREACH, "+12063814428", "test");
        assertThat(batches.approve(batch.id(), campaign)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 1);
        assertThat(twilio.received().get(0).to()).isEqualTo(SEATTLE);
        assertThat(batches.pending()).extracting(ReviewBatches.Batch::id).doesNotContain(batch.id());
        assertThatThrownBy(() -> batches.approve(batch.id(), campaign)).hasMessageContaining("already sent");
    }

    @Test
    void onlyTheChosenVariantsAreSentAndAReplyCountsOnceForItsVariant() {
        ad("https://a.example/15", "Seattle", "call 206 381 4422");
        Campaign campaign = campaign("    variants: [2]\n    numbers: [\"+12065550142\"]\n");
        OutreachPlanner.Plan plan = planner.plan(campaign, clock.instant());
        assertThat(plan.offers()).extracting(OutreachPlanner.Offer::variant).containsExactly(1);
        planner.send(plan, clock.instant());
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 1);
        assertThat(twilio.received().get(0).body()).isEqualTo(Catalog.builtIn().variants("outreach.first", "en").get(1));

        org.intercede.sms.webhook.TwilioPosts.sms(app, SEATTLE, OUTREACH_A, "SMreply1", "who is this?");
        org.intercede.sms.webhook.TwilioPosts.sms(app, SEATTLE, OUTREACH_A, "SMreply2", "hello?");
        assertThat(planner.variantFigures("test")).containsExactly(new OutreachPlanner.VariantFigures(1, 1, 1));
    }

    @Test
    void twoCampaignsPlannedAtOnceTextAPersonOnlyOnce() {
        ad("https://a.example/16", "Seattle", "call 206 381 4422");
        Campaign first = campaign("    numbers: [\"+12065550142\"]\n");
        // Both plans are made before either is sent, as two processes might.
        OutreachPlanner.Plan one = planner.plan(first, clock.instant());
        OutreachPlanner.Plan two = planner.plan(first, clock.instant());
        planner.send(one, clock.instant());
        planner.send(two, clock.instant());
        await().atMost(Duration.ofSeconds(10)).until(() -> twilio.received().size() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> twilio.received().size() == 1);
    }

    @Test
    void aLandlineIsNeverTextedEvenWhenQueuedDirectly() {
        org.intercede.sms.message.StoredMessage queued = app.bean(org.intercede.sms.outbound.OutboundQueue.class)
                .enqueue(org.intercede.sms.outbound.OutboundRequest.bulk(OUTREACH_A, UK_LANDLINE, "hello"));
        org.intercede.sms.message.MessageStore store = app.bean(org.intercede.sms.message.MessageStore.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> store.get(queued.conversation(), queued.id()).orElseThrow().status()
                == org.intercede.sms.message.MessageStatus.SKIPPED);
        assertThat(store.get(queued.conversation(), queued.id()).orElseThrow().errorCode()).isEqualTo("landline");
        assertThat(twilio.received()).isEmpty();
    }

    @Test
    void campaignMistakesNameTheField() {
        assertThatThrownBy(() -> campaign("    daily_cap: none\n")).hasMessageContaining("campaigns.test.daily_cap");
        assertThatThrownBy(() -> campaign("    hours: {from: \"late\", to: \"19:00\"}\n")).hasMessageContaining("hours.from");
        assertThatThrownBy(() -> campaign("    ads: {seen_within: forever}\n")).hasMessageContaining("seen_within");
        assertThatThrownBy(() -> campaign("    numbers: [\"12\"]\n")).hasMessageContaining("campaigns.test.numbers");
        assertThatThrownBy(() -> campaign("    variants: [0]\n")).hasMessageContaining("counted from 1");
        assertThat(campaign("    message: outreach.first\n").dailyCap()).isEqualTo(100);
        assertThat(List.of(campaign("\n").hours().from().toString())).containsExactly("10:00");
    }
}
