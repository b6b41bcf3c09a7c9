package org.intercede.sms.redis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.RedisClient;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedRedisTest {
    @TempDir
    Path dir;

    @Test
    void dataWrittenBeforeAStopIsThereAfterARestart() {
        try (EmbeddedRedis first = EmbeddedRedis.start(dir); RedisClient client = RedisClient.create(first.url())) {
            client.set("kept", "yes");
            client.rpush("thread", "one", "two");
        }
        assertThat(dir.resolve("appendonly.aof")).exists();
        try (EmbeddedRedis second = EmbeddedRedis.start(dir); RedisClient client = RedisClient.create(second.url())) {
            assertThat(client.get("kept")).isEqualTo("yes");
            assertThat(client.lrange("thread", 0, -1)).containsExactly("one", "two");
        }
    }

    @Test
    void aSecondStartOnADataDirectoryInUseIsRefusedAndTheFirstKeepsRunning() {
        try (EmbeddedRedis first = EmbeddedRedis.start(dir); RedisClient client = RedisClient.create(first.url())) {
            assertThatThrownBy(() -> EmbeddedRedis.start(dir))
                    .isInstanceOf(RedisUnavailableException.class)
                    .hasMessageContaining("another Intercede");
            assertThat(client.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void itListensOnlyOnTheLoopbackAddress() {
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir); RedisClient client = RedisClient.create(redis.url())) {
            assertThat(client.configGet("bind").get("bind")).isEqualTo("127.0.0.1");
            assertThat(client.configGet("appendfsync").get("appendfsync")).isEqualTo("everysec");
        }
    }
}
