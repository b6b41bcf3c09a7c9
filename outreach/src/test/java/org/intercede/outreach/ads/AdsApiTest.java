package org.intercede.outreach.ads;

import org.intercede.sms.RunningApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdsApiTest {
    private static final String KEY = "ads-key-for-tests-000000000000000";
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of("intercede.outbound.dispatch", "false", "intercede.test.secrets.intercede-ads-api-key", KEY));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> post(String json, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.base.resolve("/api/ads")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return app.send(request.build());
    }

    @Test
    void adsNeedTheApiKey() {
        assertThat(post("[]", null).statusCode()).isEqualTo(401);
        assertThat(post("[]", "wrong").statusCode()).isEqualTo(401);
    }

    @Test
    void goodRecordsGoInAndEachBadOneIsReportedByIndex() {
        HttpResponse<String> response = post("""
                [{"source": "siteB", "url": "https://b.example/1", "text": "call 206 381 4499", "city": "Seattle"},
                 {"url": "https://b.example/2", "text": "no source"},
                 "not an object",
                 {"source": "siteB", "url": "https://b.example/1", "text": "call 206 381 4499"}]
                """, KEY);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"accepted\":1").contains("\"duplicates\":1")
                .contains("{\"index\":1,\"error\":\"source is required\"}")
                .contains("{\"index\":2,\"error\":\"not a JSON object\"}");
        assertThat(app.bean(PhoneIndex.class).profile("+12063814499")).isPresent();
    }
}
