package org.intercede.bot.live;

import org.intercede.prompts.Catalog;
import org.intercede.sms.RedisDump;
import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.redis.RedisKeys;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A buyer texts a decoy through the real gateway: the bot answers in character, then deters, through the queue. */
class DecoyWebhookTest {
    private static final String DECOY = "+12065550100";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static FakeTwilio twilio;
    private static RunningApp app;
    private static TestClock clock;

    @BeforeAll
    static void start() {
        twilio = new FakeTwilio();
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.test.clock", "true");
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
    }

    @AfterAll
    static void stop() {
        app.close();
        twilio.close();
    }

    private static void text(String buyer, String body) {
        assertThat(TwilioPosts.sms(app, buyer, DECOY, "SM" + UUID.randomUUID().toString().replace("-", ""), body).statusCode())
                .isEqualTo(200);
    }

    private static List<FakeTwilio.Received> to(String buyer) {
        return twilio.received().stream().filter(r -> buyer.equals(r.to())).toList();
    }

    @Test
    void aBuyerGetsAnInCharacterReplyAfterAHumanDelayThenTheDeterrence() {
        String buyer = "+14255550191";
        text(buyer, "hey saw your ad");
        // The reply waits for its human-like delay, which only the clock can end.
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> to(buyer).isEmpty());
        clock.advance(Duration.ofMinutes(5));
        await().atMost(WAIT).until(() -> to(buyer).size() == 1);
        assertThat(to(buyer).get(0).from()).isEqualTo(DECOY);
        assertThat(Catalog.builtIn().renderAll("persona.jess.greeting", "en", Map.of())).contains(to(buyer).get(0).body());

        text(buyer, "are you free tonight");
        clock.advance(Duration.ofMinutes(5));
        await().atMost(WAIT).until(() -> to(buyer).size() == 2);
        text(buyer, "how much for an hour");
        clock.advance(Duration.ofMinutes(5));
        // The deterrence, then (the app has a public URL) the link to its landing page.
        // Both fall due at once when the test clock jumps, so their order here is the dispatchers'; in real time
        // the link follows 20 seconds after the deterrence.
        await().atMost(WAIT).until(() -> to(buyer).size() == 4);
        List<String> last = List.of(to(buyer).get(2).body(), to(buyer).get(3).body());
        assertThat(last).anyMatch(b -> Catalog.builtIn().renderAll("deterrence.us-wa.standard", "en", Map.of()).contains(b));
        assertThat(last).anyMatch(b -> b.contains(Twilios.PUBLIC_BASE_URL + "/d/"));

        String stored = RedisDump.all(app.bean(UnifiedJedis.class), app.bean(RedisKeys.class));
        assertThat(stored).doesNotContain("4255550191").doesNotContain("how much").doesNotContain("free tonight");
    }

    @Test
    void interestInAMinorIsDeterredAtOnceWithTheUnderageMessage() {
        String buyer = "+14255550192";
        text(buyer, "got any girls who are 15 or 16?");
        clock.advance(Duration.ofMinutes(5));
        await().atMost(WAIT).until(() -> to(buyer).size() == 2);
        assertThat(to(buyer)).anyMatch(r -> Catalog.builtIn().renderAll("deterrence.us-wa.underage", "en", Map.of()).contains(r.body()));
    }
}
