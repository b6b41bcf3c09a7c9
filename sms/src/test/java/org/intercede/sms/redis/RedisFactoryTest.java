package org.intercede.sms.redis;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.UnifiedJedis;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisFactoryTest {
    @TempDir
    Path data;

    @Test
    void anUnreachableRedisStopsTheStartWithOneClearLine() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "redis://:s3cret@127.0.0.1:" + closedPort;
        Throwable failure = catchStart(Map.of("intercede.redis.url", url, "intercede.data-dir", data.toString()));
        RedisUnavailableException reason = findCause(failure);
        assertThat(reason.getMessage())
                .contains("Cannot reach Redis at redis://***@127.0.0.1:" + closedPort)
                .doesNotContain("s3cret")
                .doesNotContain("\n");
    }

    @Test
    void aUrlThatIsNotRedisIsRefused() {
        Throwable failure = catchStart(Map.of("intercede.redis.url", "http://localhost:6379", "intercede.data-dir", data.toString()));
        assertThat(findCause(failure).getMessage()).contains("REDIS_URL must look like redis://");
    }

    @Test
    void withoutAUrlTheEmbeddedRedisStartsInTheDataDirectory() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("intercede.data-dir", data.toString(),
                "intercede.outbound.dispatch", "false"))) {
            UnifiedJedis redis = context.getBean(UnifiedJedis.class);
            assertThat(redis.ping()).isEqualTo("PONG");
            assertThat(context.getBean(RedisEndpoint.class).embedded()).isNotNull();
            assertThat(data.resolve("redis/redis.pid")).exists();
        }
    }

    private static Throwable catchStart(Map<String, Object> properties) {
        try (ApplicationContext ignored = ApplicationContext.run(properties)) {
            throw new AssertionError("the context should not start");
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static RedisUnavailableException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RedisUnavailableException r) {
                return r;
            }
        }
        assertThatThrownBy(() -> {
            throw failure;
        }).isInstanceOf(RedisUnavailableException.class);
        return null;
    }
}
