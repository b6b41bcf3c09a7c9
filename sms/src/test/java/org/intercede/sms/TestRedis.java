package org.intercede.sms;

import org.intercede.sms.redis.EmbeddedRedis;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;

/**
 * The real Redis every test uses: {@code REDIS_URL} when set; else a Testcontainers {@code redis:7-alpine}
 * when Docker is available; else the embedded redis-server. Started once per test JVM. Each test takes its
 * own key prefix from {@link #freshPrefix()}, so tests never see each other's data.
 */
public final class TestRedis {
    private static String url;

    private TestRedis() {
    }

    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    public static UnifiedJedis client() {
        return RedisClient.create(url());
    }

    public static String freshPrefix() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String start() {
        String configured = System.getenv("REDIS_URL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        if (dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse("redis:7-alpine")).withExposedPorts(6379);
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        try {
            EmbeddedRedis embedded = EmbeddedRedis.start(Files.createTempDirectory("intercede-test-redis"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
            return embedded.url();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
