package org.intercede.sms.redis;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.intercede.sms.config.AppSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.Connection;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** The app's one Redis client, created at start so that an unreachable Redis stops the app at once. */
@Factory
public class RedisFactory {
    private static final Logger LOG = LoggerFactory.getLogger(RedisFactory.class);

    @Context
    @Bean(preDestroy = "close")
    RedisEndpoint redisEndpoint(RedisSettings settings, AppSettings app) {
        if (settings.embedded() && settings.attach()) {
            Optional<String> running = EmbeddedRedis.runningIn(app.dataDir().resolve("redis"));
            if (running.isPresent()) {
                LOG.info("Using the embedded Redis of the Intercede already running on {}", app.dataDir());
                return new RedisEndpoint(URI.create(running.get()), null);
            }
        }
        if (settings.embedded()) {
            EmbeddedRedis embedded = EmbeddedRedis.start(app.dataDir().resolve("redis"));
            LOG.info("Using the embedded Redis on 127.0.0.1:{}, data in {} (set REDIS_URL to use your own Redis)",
                    embedded.port(), embedded.dir());
            return new RedisEndpoint(URI.create(embedded.url()), embedded);
        }
        URI uri = parse(settings.url());
        LOG.info("Using Redis at {} (REDIS_URL)", RedisEndpoint.describe(uri));
        return new RedisEndpoint(uri, null);
    }

    @Context
    @Bean(preDestroy = "close")
    UnifiedJedis unifiedJedis(RedisEndpoint endpoint, RedisSettings settings) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(settings.poolSize());
        pool.setMaxIdle(settings.poolSize());
        pool.setMinIdle(2);
        pool.setJmxEnabled(false);
        RedisClient client = RedisClient.builder().fromURI(endpoint.uri()).poolConfig(pool).build();
        try {
            client.ping();
        } catch (JedisException e) {
            client.close();
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new RedisUnavailableException("Cannot reach Redis at " + endpoint.describe() + ": "
                    + cause.getMessage() + ". Check REDIS_URL, or unset it to use the embedded Redis.", e);
        }
        return client;
    }

    static URI parse(String url) {
        try {
            URI uri = new URI(url.trim());
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new RedisUnavailableException("REDIS_URL must look like redis://[user:password@]host:port[/db] "
                        + "or rediss://...", null);
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new RedisUnavailableException("REDIS_URL is not a valid URL", e);
        }
    }
}
