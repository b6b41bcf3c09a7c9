package org.intercede.sms.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import org.intercede.sms.RunningApp;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.twilio.FakeTwilio;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of request Twilio (or someone pretending to be Twilio) can send, signed as Twilio signs. */
class TwilioWebhookTest {
    private static final String URL = Twilios.PUBLIC_BASE_URL + "/twilio/sms";
    private static final String OURS = "+12065550199";
    private static FakeTwilio twilio;
    private static RunningApp app;

    @BeforeAll
    static void start() {
        twilio = new FakeTwilio();
        app = RunningApp.start(with(Twilios.properties(twilio), "intercede.outbound.dispatch", "false"));
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(base);
        copy.put(key, value);
        return copy;
    }

    /** A fresh phone for each case, so "nothing stored" is checked on a thread nobody else wrote to. */
    private static String freshPhone() {
        return "+1206555" + (1000 + Math.floorMod(UUID.randomUUID().hashCode(), 9000));
    }

    private static Map<String, String> message(String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("MessageSid", "SM" + UUID.randomUUID().toString().replace("-", ""));
        params.put("AccountSid", Twilios.ACCOUNT_SID);
        params.put("From", from);
        params.put("To", OURS);
        params.put("Body", body);
        params.put("NumMedia", "0");
        return params;
    }

    private static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String sign(Map<String, String> params) {
        return TwilioSigner.sign(Twilios.AUTH_TOKEN, URL, params);
    }

    private static List<StoredMessage> thread(String phone) {
        MessageStore store = app.bean(MessageStore.class);
        return store.thread(store.conversationId(OURS, phone), 50);
    }

    private static double rejected(String reason) {
        return app.bean(MeterRegistry.class).find("intercede.webhook.rejected").tag("reason", reason).counters()
                .stream().mapToDouble(c -> c.count()).sum();
    }

    record Case(String name, int status, String reason, java.util.function.Function<String, String[]> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Each case builds {body, signature} for a fresh phone number. */
    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(new Case("missing signature", 403, "signature", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    return new String[]{encode(p), null};
                })),
                Arguments.of(new Case("signature of another body (tampered)", 403, "signature", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    String signature = sign(p);
                    p.put("Body", "hi, changed on the way");
                    return new String[]{encode(p), signature};
                })),
                Arguments.of(new Case("signed for another URL", 403, "signature", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    return new String[]{encode(p), TwilioSigner.sign(Twilios.AUTH_TOKEN, "https://evil.example.org/twilio/sms", p)};
                })),
                Arguments.of(new Case("signed with another token", 403, "signature", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    return new String[]{encode(p), TwilioSigner.sign("another-token-0000000000000000000", URL, p)};
                })),
                Arguments.of(new Case("missing From", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    p.remove("From");
                    return new String[]{encode(p), sign(p)};
                })),
                Arguments.of(new Case("missing To", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    p.remove("To");
                    return new String[]{encode(p), sign(p)};
                })),
                Arguments.of(new Case("missing MessageSid", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    p.remove("MessageSid");
                    return new String[]{encode(p), sign(p)};
                })),
                Arguments.of(new Case("unreadable From", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    p.put("From", "+1206555");
                    return new String[]{encode(p), sign(p)};
                })),
                Arguments.of(new Case("body over 64 KB", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "x".repeat(64 * 1024 + 1));
                    return new String[]{encode(p), sign(p)};
                })),
                Arguments.of(new Case("body that is not UTF-8", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    return new String[]{encode(p).replace("Body=hi", "Body=%FF%FEhi"), sign(p)};
                })),
                Arguments.of(new Case("broken percent-encoding", 400, "bad-request", phone -> {
                    Map<String, String> p = message(phone, "hi");
                    return new String[]{encode(p) + "&Extra=%G1", sign(p)};
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void badRequestsAreRefusedCountedAndStoreNothing(Case c) {
        String phone = freshPhone();
        String[] request = c.request().apply(phone);
        double before = rejected(c.reason());

        HttpResponse<String> response = app.postForm("/twilio/sms", request[0], request[1]);

        assertThat(response.statusCode()).isEqualTo(c.status());
        assertThat(thread(phone)).isEmpty();
        assertThat(rejected(c.reason())).isEqualTo(before + 1);
        if (c.status() == 400) {
            assertThat(response.body()).isNotBlank().hasSizeLessThan(200);
        }
    }

    @Test
    void aSignedMessageIsStoredAndAnsweredWithEmptyTwiml() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "hello, is this still available?");
        HttpResponse<String> response = app.postForm("/twilio/sms", encode(p), sign(p));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(response.body()).contains("<Response").doesNotContain("<Message");
        assertThat(thread(phone)).extracting(StoredMessage::body).containsExactly("hello, is this still available?");
    }

    @Test
    void theSameMessageSidTwiceIsStoredOnce() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "once");
        assertThat(app.postForm("/twilio/sms", encode(p), sign(p)).statusCode()).isEqualTo(200);
        assertThat(app.postForm("/twilio/sms", encode(p), sign(p)).statusCode()).isEqualTo(200);
        assertThat(thread(phone)).hasSize(1);
    }

    @Test
    void aMessageStoredByAnAttemptThatDiedIsRoutedOnTheRetryWithoutBeingStoredTwice() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "HELP");
        // An earlier attempt stored it and died before routing it (a crash, Redis lost mid-way).
        app.bean(MessageStore.class).appendOnce(OURS, phone, "HELP", java.util.List.of(),
                org.intercede.sms.message.MessageStatus.RECEIVED, p.get("MessageSid"), java.time.Duration.ofHours(1));

        assertThat(app.postForm("/twilio/sms", encode(p), sign(p)).statusCode()).isEqualTo(200);
        assertThat(app.postForm("/twilio/sms", encode(p), sign(p)).statusCode()).isEqualTo(200);

        // Stored once, and dealt with once: the HELP answer is queued exactly once.
        assertThat(thread(phone)).extracting(StoredMessage::direction)
                .containsExactly(org.intercede.sms.message.Direction.INBOUND, org.intercede.sms.message.Direction.OUTBOUND);
    }

    @Test
    void emojiAndAccentsArriveExactly() {
        String phone = freshPhone();
        String body = "¿Hola? ñandú 😀👍🏽 “quoted” — 漢字";
        Map<String, String> p = message(phone, body);
        app.postForm("/twilio/sms", encode(p), sign(p));
        assertThat(thread(phone)).extracting(StoredMessage::body).containsExactly(body);
    }

    @Test
    void mmsMediaUrlsAreKept() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "");
        p.put("NumMedia", "2");
        p.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        p.put("MediaContentType0", "image/jpeg");
        p.put("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2");
        p.put("MediaContentType1", "image/png");
        app.postForm("/twilio/sms", encode(p), sign(p));
        assertThat(thread(phone).get(0).mediaUrls()).containsExactly(p.get("MediaUrl0"), p.get("MediaUrl1"));
    }

    @Test
    void aMessageToANumberThatIsNotOursIsAcknowledgedAndDropped() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "hi");
        p.put("To", "+12065550150");
        assertThat(app.postForm("/twilio/sms", encode(p), sign(p)).statusCode()).isEqualTo(200);
        MessageStore store = app.bean(MessageStore.class);
        assertThat(store.thread(store.conversationId("+12065550150", phone), 10)).isEmpty();
    }

    @Test
    void aSignedStatusCallbackUpdatesTheMessageAndAnUnsignedOneIsRefused() {
        String phone = freshPhone();
        MessageStore store = app.bean(MessageStore.class);
        StoredMessage sent = store.append(org.intercede.sms.message.Direction.OUTBOUND, OURS, phone, "hi", List.of(),
                org.intercede.sms.message.MessageStatus.SENT, "SMstatus" + phone.substring(1));
        store.indexProviderId(sent.providerId(), sent.conversation(), sent.id());
        Map<String, String> p = new LinkedHashMap<>();
        p.put("MessageSid", sent.providerId());
        p.put("MessageStatus", "undelivered");
        p.put("ErrorCode", "30003");
        String url = Twilios.PUBLIC_BASE_URL + "/twilio/status";

        assertThat(app.postForm("/twilio/status", encode(p), null).statusCode()).isEqualTo(403);
        assertThat(store.get(sent.conversation(), sent.id()).orElseThrow().status())
                .isEqualTo(org.intercede.sms.message.MessageStatus.SENT);

        assertThat(app.postForm("/twilio/status", encode(p), TwilioSigner.sign(Twilios.AUTH_TOKEN, url, p)).statusCode()).isEqualTo(200);
        StoredMessage updated = store.get(sent.conversation(), sent.id()).orElseThrow();
        assertThat(updated.status()).isEqualTo(org.intercede.sms.message.MessageStatus.UNDELIVERED);
        assertThat(updated.errorCode()).isEqualTo("30003");
    }

    @Test
    void withoutSignatureCheckingAnUnsignedMessageIsAcceptedButProductionRefusesToRunThatWay() {
        try (RunningApp open = RunningApp.start(with(with(Twilios.properties(twilio), "intercede.outbound.dispatch", "false"),
                "intercede.twilio.verify-signatures", "false"))) {
            String phone = freshPhone();
            assertThat(open.postForm("/twilio/sms", encode(message(phone, "unsigned")), null).statusCode()).isEqualTo(200);
        }
        // With its keys given, so that the only thing production can object to is the switched-off check.
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        Map<String, Object> production = with(with(with(with(Twilios.properties(twilio), "intercede.twilio.verify-signatures", "false"),
                "intercede.production", "true"), "intercede.test.secrets.intercede-hash-key", key),
                "intercede.test.secrets.intercede-pii-key", key);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RunningApp.start(production).close())
                .hasStackTraceContaining("development only");
    }

    @Test
    void aSignatureOverAQueryStringIsCheckedWithIt() {
        String phone = freshPhone();
        Map<String, String> p = message(phone, "with query");
        String signature = TwilioSigner.sign(Twilios.AUTH_TOKEN, URL + "?source=pool-a", p);
        assertThat(app.postForm("/twilio/sms?source=pool-a", encode(p), signature).statusCode()).isEqualTo(200);
        assertThat(thread(phone)).hasSize(1);
    }
}
