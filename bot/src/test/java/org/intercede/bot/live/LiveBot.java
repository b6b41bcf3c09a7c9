package org.intercede.bot.live;

import org.intercede.sms.RunningApp;
import org.intercede.sms.TestClock;
import org.intercede.sms.Twilios;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app with the bot, a fake Twilio, a test clock and no rate limit: what the live-bot tests drive. */
final class LiveBot implements AutoCloseable {
    final FakeTwilio twilio = new FakeTwilio();
    final RunningApp app;
    final TestClock clock;

    private LiveBot(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.outbound.segments-per-second", "0");
        properties.put("intercede.test.clock", "true");
        properties.putAll(extra);
        app = RunningApp.start(properties);
        clock = app.bean(TestClock.class);
    }

    static LiveBot start(Map<String, Object> extra) {
        return new LiveBot(extra);
    }

    /** A buyer's text to one of our numbers, as Twilio posts it. */
    void text(String buyer, String to, String body) {
        assertThat(TwilioPosts.sms(app, buyer, to, "SM" + UUID.randomUUID().toString().replace("-", ""), body).statusCode())
                .isEqualTo(200);
    }

    /** What the fake Twilio was asked to send to this buyer, in arrival order. */
    List<FakeTwilio.Received> sentTo(String buyer) {
        return twilio.received().stream().filter(r -> buyer.equals(r.to())).toList();
    }

    /** Moves the clock past every human-like delay the bot may have planned. */
    void settle() {
        clock.advance(Duration.ofMinutes(5));
    }

    @Override
    public void close() {
        app.close();
        twilio.close();
    }
}
