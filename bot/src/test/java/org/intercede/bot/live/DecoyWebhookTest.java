package org.intercede.bot.live;

import org.intercede.prompts.Catalog;
import org.intercede.sms.RedisDump;
import org.intercede.sms.Twilios;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A buyer texts a decoy through the real gateway: the bot answers in character, then deters, through the queue. */
class DecoyWebhookTest {
    private static final String DECOY = "+12065550100";
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static LiveBot bot;

    @BeforeAll
    static void start() {
        bot = LiveBot.start(Map.of());
    }

    @AfterAll
    static void stop() {
        bot.close();
    }

    @Test
    void aBuyerGetsAnInCharacterReplyAfterAHumanDelayThenTheDeterrence() {
        String buyer = "+14255550191";
        bot.text(buyer, DECOY, "hey saw your ad");
        // The reply waits for its human-like delay, which only the clock can end.
        await().during(Duration.ofMillis(300)).atMost(WAIT).until(() -> bot.sentTo(buyer).isEmpty());
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 1);
        assertThat(bot.sentTo(buyer).get(0).from()).isEqualTo(DECOY);
        assertThat(Catalog.builtIn().renderAll("persona.jess.greeting", "en", Map.of())).contains(bot.sentTo(buyer).get(0).body());

        bot.text(buyer, DECOY, "are you free tonight");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 2);
        bot.text(buyer, DECOY, "how much for an hour");
        bot.settle();
        // The deterrence, then (the app has a public URL) the link to its landing page.
        // Both fall due at once when the test clock jumps, so their order here is the dispatchers'; in real time
        // the link follows 20 seconds after the deterrence.
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 4);
        List<String> last = List.of(bot.sentTo(buyer).get(2).body(), bot.sentTo(buyer).get(3).body());
        assertThat(last).anyMatch(b -> Catalog.builtIn().renderAll("deterrence.us-wa.standard", "en", Map.of()).contains(b));
        assertThat(last).anyMatch(b -> b.contains(Twilios.PUBLIC_BASE_URL + "/d/"));

        String stored = RedisDump.all(bot.app.bean(UnifiedJedis.class), bot.app.bean(RedisKeys.class));
        assertThat(stored).doesNotContain("4255550191").doesNotContain("how much").doesNotContain("free tonight");
    }

    @Test
    void interestInAMinorIsDeterredAtOnceWithTheUnderageMessage() {
        String buyer = "+14255550192";
        bot.text(buyer, DECOY, "got any girls who are 15 or 16?");
        bot.settle();
        await().atMost(WAIT).until(() -> bot.sentTo(buyer).size() == 2);
        assertThat(bot.sentTo(buyer)).anyMatch(r -> Catalog.builtIn().renderAll("deterrence.us-wa.underage", "en", Map.of()).contains(r.body()));
    }
}
