package org.intercede.sms.inbound;

import org.intercede.sms.RunningApp;
import org.intercede.sms.Twilios;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.redis.EmbeddedRedis;
import org.intercede.sms.twilio.FakeTwilio;
import org.intercede.sms.webhook.TwilioPosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redis goes away under a running app; Twilio keeps posting; nothing it was told is lost. */
class RedisOutageTest {
    private static final String OURS = "+12065550199";
    private static final String PHONE = "+12065550188";

    @Test
    void messagesAcceptedWhileRedisIsDownAreSpooledAndReplayedInOrder(@TempDir Path redisDir, @TempDir Path data) throws Exception {
        int port = freePort();
        EmbeddedRedis redis = EmbeddedRedis.start(redisDir, port);
        try (FakeTwilio twilio = new FakeTwilio()) {
            Map<String, Object> properties = properties(twilio, redis, data);
            try (RunningApp app = RunningApp.start(properties)) {
                assertThat(TwilioPosts.sms(app, PHONE, OURS, "SM1", "before the outage").statusCode()).isEqualTo(200);

                redis.close();
                for (int i = 2; i <= 4; i++) {
                    assertThat(TwilioPosts.sms(app, PHONE, OURS, "SM" + i, "during the outage " + i).statusCode()).isEqualTo(200);
                }
                Path spool = data.resolve("spool/inbound.spool");
                assertThat(Files.readAllLines(spool)).hasSize(3).noneMatch(line -> line.contains("outage"));

                redis = EmbeddedRedis.start(redisDir, port);
                MessageStore store = app.bean(MessageStore.class);
                String conversation = store.conversationId(OURS, PHONE);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(store.thread(conversation, 10))
                        .extracting(StoredMessage::body)
                        .containsExactly("before the outage", "during the outage 2", "during the outage 3", "during the outage 4"));
                assertThat(spool).doesNotExist();
                // Twilio retrying one of them now changes nothing.
                assertThat(TwilioPosts.sms(app, PHONE, OURS, "SM3", "during the outage 3").statusCode()).isEqualTo(200);
                assertThat(store.thread(conversation, 10)).hasSize(4);
            }
        } finally {
            redis.close();
        }
    }

    @Test
    void messagesSpooledBeforeARestartAreReplayedWhenTheAppStartsAgain(@TempDir Path redisDir, @TempDir Path data) throws Exception {
        int port = freePort();
        EmbeddedRedis redis = EmbeddedRedis.start(redisDir, port);
        try (FakeTwilio twilio = new FakeTwilio()) {
            Map<String, Object> properties = properties(twilio, redis, data);
            properties.put("intercede.redis.prefix", "restart");
            try (RunningApp app = RunningApp.start(properties)) {
                redis.close();
                assertThat(TwilioPosts.sms(app, PHONE, OURS, "SMr1", "left in the spool").statusCode()).isEqualTo(200);
            }
            assertThat(data.resolve("spool/inbound.spool")).exists();
            redis = EmbeddedRedis.start(redisDir, port);
            try (RunningApp again = RunningApp.start(properties)) {
                MessageStore store = again.bean(MessageStore.class);
                String conversation = store.conversationId(OURS, PHONE);
                // Nothing is posted: the app replays its spool because it starts, not because a webhook arrives.
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(store.thread(conversation, 10))
                        .extracting(StoredMessage::body).containsExactly("left in the spool"));
            }
        } finally {
            redis.close();
        }
    }

    /** A Redis this test can stop and start again on the same port, as a real outage and recovery would. */
    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, Object> properties(FakeTwilio twilio, EmbeddedRedis redis, Path data) {
        Map<String, Object> properties = new HashMap<>(Twilios.properties(twilio));
        properties.put("intercede.redis.url", redis.url());
        properties.put("intercede.data-dir", data.toString());
        properties.put("intercede.outbound.dispatch", "false");
        return properties;
    }
}
