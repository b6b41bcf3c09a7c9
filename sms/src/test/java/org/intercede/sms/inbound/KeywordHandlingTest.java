package org.intercede.sms.inbound;

import org.intercede.prompts.Catalog;
import org.intercede.prompts.Keyword;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.RunningApp;
import org.intercede.sms.Twilios;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every keyword of the shipped catalog, in each of its languages, through signed webhooks to the fake Twilio. */
class KeywordHandlingTest {
    private static final String OUTREACH = "+12065550142";
    private static final String OUTREACH_TWO = "+12065550143";
    private static final String DECOY = "+12065550100";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger PHONES = new AtomicInteger(1000);
    private static final Catalog CATALOG = Catalog.builtIn();
    private static FakeTwilio twilio;
    private static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        twilio = new FakeTwilio();
        java.nio.file.Path numbers = java.nio.file.Files.createTempFile("numbers", ".yml");
        java.nio.file.Files.writeString(numbers, """
                numbers:
                  - {number: "+12065550100", role: decoy}
                  - {number: "+12065550142", role: outreach}
                  - {number: "+12065550143", role: outreach}
                """);
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.numbers.file", numbers.toString());
        app = RunningApp.start(properties);
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

    private static String phone() {
        return "+1425555" + PHONES.incrementAndGet();
    }

    private static void text(String from, String to, String body) {
        assertThat(TwilioPosts.sms(app, from, to, "SM" + UUID.randomUUID().toString().replace("-", ""), body).statusCode())
                .isEqualTo(200);
    }

    private static List<FakeTwilio.Received> sentTo(String phone) {
        return twilio.received().stream().filter(r -> phone.equals(r.to())).toList();
    }

    static Stream<Arguments> keywords(Keyword kind) {
        List<Arguments> cases = new ArrayList<>();
        CATALOG.keywords(kind).forEach((locale, words) -> words.forEach(w -> cases.add(Arguments.of(w, locale))));
        return cases.stream();
    }

    static Stream<Arguments> optOutKeywords() {
        return keywords(Keyword.OPT_OUT);
    }

    static Stream<Arguments> optInKeywords() {
        return keywords(Keyword.OPT_IN);
    }

    static Stream<Arguments> helpKeywords() {
        return keywords(Keyword.HELP);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("optOutKeywords")
    void anOptOutKeywordOptsOutOfTheWholeRoleAndIsConfirmedOnceInItsLanguage(String keyword, String locale) {
        String person = phone();
        text(person, OUTREACH, keyword.toLowerCase() + ".");
        await().atMost(WAIT).until(() -> sentTo(person).size() == 1);
        assertThat(CATALOG.variants("gateway.opted_out.outreach", locale)).contains(sentTo(person).get(0).body());
        OptOutStore optOuts = app.bean(OptOutStore.class);
        assertThat(optOuts.isOptedOut(NumberRole.OUTREACH, person)).isTrue();
        assertThat(optOuts.isOptedOut(NumberRole.DECOY, person)).isFalse();

        text(person, OUTREACH_TWO, keyword);
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> sentTo(person).size() == 1);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("optInKeywords")
    void anOptInKeywordBringsBackOnlySomeoneWhoOptedOut(String keyword, String locale) {
        String person = phone();
        app.bean(OptOutStore.class).optOut(NumberRole.OUTREACH, person, "test");
        text(person, OUTREACH, keyword);
        await().atMost(WAIT).until(() -> sentTo(person).size() == 1);
        assertThat(CATALOG.variants("gateway.opted_in.outreach", locale)).contains(sentTo(person).get(0).body());
        assertThat(app.bean(OptOutStore.class).isOptedOut(NumberRole.OUTREACH, person)).isFalse();
    }

    @ParameterizedTest(name = "{0} ({1})")
    @MethodSource("helpKeywords")
    void aHelpKeywordGetsTheCatalogsHelpText(String keyword, String locale) {
        String person = phone();
        text(person, OUTREACH, keyword);
        await().atMost(WAIT).until(() -> sentTo(person).size() == 1);
        assertThat(CATALOG.variants("gateway.help.outreach", locale)).contains(sentTo(person).get(0).body());
    }

    @Test
    void aDecoyThatGetsStopJustStopsReplying() {
        String buyer = phone();
        text(buyer, DECOY, "STOP");
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> sentTo(buyer).isEmpty());
        assertThat(app.bean(OptOutStore.class).isOptedOut(NumberRole.DECOY, buyer)).isTrue();
    }

    @Test
    void aSentenceThatMerelyContainsAKeywordIsNotOne() {
        String person = phone();
        text(person, OUTREACH, "please don't stop, I want to talk");
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> sentTo(person).isEmpty());
        assertThat(app.bean(OptOutStore.class).isOptedOut(NumberRole.OUTREACH, person)).isFalse();
    }

    @Test
    void theCatalogUsedIsTheAppsOwn() {
        assertThat(app.bean(PromptCatalog.class).current().keyword("STOP")).contains(Keyword.OPT_OUT);
    }
}
