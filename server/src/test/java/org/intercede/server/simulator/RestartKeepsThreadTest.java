package org.intercede.server.simulator;

import org.intercede.sms.RunningApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a newcomer does: run with the embedded Redis, text, stop, start again, and find the thread. */
class RestartKeepsThreadTest {
    private static final String PHONE = "+12065550166";
    private static final String ECHO = "+12065550199";

    @Test
    void aRestartOnTheSameDataDirectoryKeepsTheConversation(@TempDir Path data) {
        Map<String, Object> embedded = Map.of("intercede.redis.url", "", "intercede.data-dir", data.toString(),
                "intercede.redis.prefix", "icd");
        try (RunningApp first = RunningApp.start(embedded)) {
            first.postJson("/api/simulator/messages", "{\"from\":\"" + PHONE + "\",\"to\":\"" + ECHO + "\",\"body\":\"still there?\"}");
            await().atMost(Duration.ofSeconds(10)).until(() -> thread(first).contains("\"side\":\"received\""));
        }
        try (RunningApp second = RunningApp.start(embedded)) {
            String thread = thread(second);
            assertThat(thread).contains("\"side\":\"sent\"").contains("\"side\":\"received\"").contains("still there?");
        }
    }

    private static String thread(RunningApp app) {
        return app.get("/api/simulator/messages?" + RunningApp.query(PHONE, ECHO)).body();
    }
}
