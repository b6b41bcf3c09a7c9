package org.intercede.server.health;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisEndpoint;
import redis.clients.jedis.UnifiedJedis;

import java.util.LinkedHashMap;
import java.util.Map;

/** Redis is the only store: without it nothing works, so /health is DOWN when it does not answer. */
@Singleton
public class RedisHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {
    private final UnifiedJedis redis;
    private final RedisEndpoint endpoint;

    public RedisHealthIndicator(UnifiedJedis redis, RedisEndpoint endpoint) {
        this.redis = redis;
        this.endpoint = endpoint;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", endpoint.embedded() != null ? "embedded" : "external");
        try {
            redis.ping();
            healthStatus = HealthStatus.UP;
        } catch (RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("error", e.getClass().getSimpleName());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "redis";
    }
}
