package org.intercede.sms.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import org.intercede.sms.TestRedis;
import org.intercede.sms.numbers.NumbersSettings;
import org.intercede.sms.outbound.OutboundSettings;
import org.intercede.sms.redis.RedisSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsBindingTest {

    @Test
    void everySettingCanBeSetByItsEnvironmentVariable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String prefix = TestRedis.freshPrefix();
        Path numbers = java.nio.file.Files.writeString(dir.resolve("numbers.yml"),
                "numbers:\n  - {number: \"+12065550100\", role: decoy}\n");
        Map<String, Object> env = Map.of(
                "INTERCEDE_DATA_DIR", "/srv/intercede",
                "INTERCEDE_PRODUCTION", "true",
                "INTERCEDE_REDIS_URL", TestRedis.url(),
                "INTERCEDE_REDIS_PREFIX", prefix,
                "INTERCEDE_REDIS_POOL_SIZE", "64",
                "INTERCEDE_NUMBERS_FILE", numbers.toString(),
                "INTERCEDE_OUTBOUND_WORKERS", "5",
                "INTERCEDE_OUTBOUND_DISPATCH", "false");
        // Production needs its keys; tests cannot set environment variables, so they come as test secrets.
        String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
        try (ApplicationContext context = ApplicationContext.builder()
                .propertySources(PropertySource.of("env", env, PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .properties(Map.of("intercede.test.secrets.intercede-hash-key", key,
                        "intercede.test.secrets.intercede-pii-key", key))
                .start()) {
            AppSettings app = context.getBean(AppSettings.class);
            assertThat(app.dataDir()).isEqualTo(Path.of("/srv/intercede"));
            assertThat(app.production()).isTrue();
            RedisSettings redis = context.getBean(RedisSettings.class);
            assertThat(redis.url()).isEqualTo(TestRedis.url());
            assertThat(redis.prefix()).isEqualTo(prefix);
            assertThat(redis.poolSize()).isEqualTo(64);
            assertThat(context.getBean(NumbersSettings.class).file()).isEqualTo(numbers.toString());
            assertThat(context.getBean(OutboundSettings.class).workers()).isEqualTo(5);
        }
    }

    @Test
    void defaultsApplyWhenNothingIsSet() {
        // Only the Redis is pointed at the test server (the default would start one in ./data); nothing is dispatched.
        try (ApplicationContext context = ApplicationContext.run(Map.of("intercede.redis.url", TestRedis.url(),
                "intercede.outbound.dispatch", "false"))) {
            assertThat(context.getBean(AppSettings.class)).isEqualTo(new AppSettings(Path.of("./data"), false));
            RedisSettings redis = context.getBean(RedisSettings.class);
            assertThat(redis.prefix()).isEqualTo("icd");
            assertThat(context.getBean(OutboundSettings.class).workers()).isEqualTo(2);
        }
    }
}
