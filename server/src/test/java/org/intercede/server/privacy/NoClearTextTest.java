package org.intercede.server.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.intercede.sms.RunningApp;
import org.intercede.sms.RedisDump;
import org.intercede.sms.log.MaskingMessageConverter;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Messages go through the whole app; then neither the log nor Redis may hold a number or a body in clear. */
class NoClearTextTest {
    private static final String PHONE = "+12065550177";
    private static final String BODY = "my name is Rosa and I am at the Blue Motel";

    @Test
    void noFullNumberAndNoMessageBodyReachTheLogsOrRedis() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        // The shipped level: what an operator's log file would hold.
        root.setLevel(Level.INFO);
        try (RunningApp app = RunningApp.start()) {
            for (String to : List.of("+12065550199", "+12065550100", "+12065550142", "+12065550150")) {
                app.postJson("/api/simulator/messages", "{\"from\":\"" + PHONE + "\",\"to\":\"" + to + "\",\"body\":\"" + BODY + "\"}");
            }
            app.postJson("/api/simulator/messages", "{\"from\":\"" + PHONE + "\",\"to\":\"+12065550199\",\"body\":\"" + BODY + "\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> app.get("/api/simulator/messages?"
                    + RunningApp.query(PHONE, "+12065550199")).body().split("\"received\"").length > 2);

            String redisText = RedisDump.all(app.context.getBean(UnifiedJedis.class), app.context.getBean(RedisKeys.class));
            assertThat(redisText).isNotEmpty();
            assertNoClearText(redisText);
        } finally {
            root.detachAppender(captured);
            root.setLevel(previous);
        }
        StringBuilder logs = new StringBuilder();
        for (ILoggingEvent event : captured.list) {
            // What the configured %msg converter would write: the formatted message, masked.
            logs.append(MaskingMessageConverter.mask(event.getFormattedMessage())).append('\n');
            // And our own code's arguments on their own: it must pass masked numbers, not rely on the converter.
            if (event.getLoggerName().startsWith("org.intercede") && event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    logs.append(argument).append('\n');
                }
            }
        }
        assertThat(captured.list).isNotEmpty();
        assertNoClearText(logs.toString());
    }

    private static void assertNoClearText(String text) {
        assertThat(text)
                .doesNotContain("2065550177")
                .doesNotContain("555-0177")
                .doesNotContain("Rosa")
                .doesNotContain("Blue Motel");
    }
}
