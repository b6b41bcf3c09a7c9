package org.intercede.sms.twilio;

import org.intercede.sms.provider.OutboundSms;
import org.intercede.sms.provider.SendResult;
import org.intercede.sms.provider.SendResult.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TwilioProviderTest {
    private static final String SID = "AC00000000000000000000000000000001";
    private static FakeTwilio twilio;
    private static TwilioProvider provider;

    @BeforeAll
    static void start() {
        twilio = new FakeTwilio();
        provider = new TwilioProvider(SID, "token-1", twilio.baseUrl(), "https://sms.example.org/");
    }

    @AfterAll
    static void stop() {
        twilio.close();
    }

    @BeforeEach
    void reset() {
        twilio.reset();
    }

    @Test
    void aSendReachesTwilioAsTheSdkWouldSendIt() {
        SendResult result = provider.send(new OutboundSms("m1", "+12065550100", "+14255550101", "hello ñ 😀", List.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.SENT);
        assertThat(result.providerId()).startsWith("SM");
        FakeTwilio.Received request = twilio.received().get(0);
        assertThat(request.accountSid()).isEqualTo(SID);
        assertThat(request.authorization()).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString((SID + ":token-1").getBytes(StandardCharsets.UTF_8)));
        assertThat(request.from()).isEqualTo("+12065550100");
        assertThat(request.to()).isEqualTo("+14255550101");
        assertThat(request.body()).isEqualTo("hello ñ 😀");
        assertThat(request.form()).containsEntry("StatusCallback", "https://sms.example.org/twilio/status");
    }

    @Test
    void mediaAndMessagingServicePoolsAreSentAsTwilioExpects() {
        provider.send(new OutboundSms("m2", "MG00000000000000000000000000000009", "+14255550101", "look",
                List.of("https://example.org/a.jpg", "https://example.org/b.jpg")));
        FakeTwilio.Received request = twilio.received().get(0);
        assertThat(request.form()).containsEntry("MessagingServiceSid", "MG00000000000000000000000000000009")
                .containsEntry("MediaUrl", "https://example.org/a.jpg\nhttps://example.org/b.jpg")
                .containsEntry("Body", "look")
                .doesNotContainKey("From");
    }

    @ParameterizedTest(name = "HTTP {0} with code {1} is {2}")
    @CsvSource({
            "400, 21610, PERMANENT_FAILURE",
            "400, 21211, PERMANENT_FAILURE",
            "400, 21614, PERMANENT_FAILURE",
            "400, 30007, PERMANENT_FAILURE",
            "401, 20003, PERMANENT_FAILURE",
            "429, 20429, THROTTLED",
            "500, 20500, TRANSIENT_FAILURE",
            "503, 20503, TRANSIENT_FAILURE",
    })
    void everyAnswerFallsIntoTheClosedSetOfOutcomes(int status, int code, Outcome expected) {
        twilio.thenAnswer(FakeTwilio.Answer.error(status, code, "scripted"));
        SendResult result = provider.send(new OutboundSms("m3", "+12065550100", "+14255550101", "hi", List.of()));
        assertThat(result.outcome()).isEqualTo(expected);
        assertThat(result.errorCode()).isEqualTo(Integer.toString(code));
        assertThat(twilio.received()).hasSize(1);
    }

    @Test
    void aSlowAnswerStillCounts() {
        twilio.thenAnswer(FakeTwilio.Answer.accepted().after(java.time.Duration.ofMillis(300)));
        SendResult result = provider.send(new OutboundSms("m5", "+12065550100", "+14255550101", "slow", List.of()));
        assertThat(result.outcome()).isEqualTo(Outcome.SENT);
    }

    @Test
    void anUnreachableApiIsATransientFailure() {
        TwilioProvider nowhere = new TwilioProvider(SID, "token-1", "http://127.0.0.1:9", null);
        SendResult result = nowhere.send(new OutboundSms("m4", "+12065550100", "+14255550101", "hi", List.of()));
        assertThat(result.outcome()).isEqualTo(Outcome.TRANSIENT_FAILURE);
        assertThat(result.errorCode()).isEqualTo("network");
    }

    @Test
    void errorCodesCarryTheirConsequences() {
        assertThat(TwilioErrors.consequenceOf("21610")).isEqualTo(TwilioErrors.Consequence.RECIPIENT_OPTED_OUT);
        assertThat(TwilioErrors.consequenceOf("21211")).isEqualTo(TwilioErrors.Consequence.RECIPIENT_INVALID);
        assertThat(TwilioErrors.consequenceOf("21614")).isEqualTo(TwilioErrors.Consequence.RECIPIENT_INVALID);
        assertThat(TwilioErrors.consequenceOf("30007")).isEqualTo(TwilioErrors.Consequence.CARRIER_FILTERED);
        assertThat(TwilioErrors.consequenceOf("30003")).isEqualTo(TwilioErrors.Consequence.NONE);
    }
}
