package org.intercede.sms.optout;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/** Numbers Twilio told us cannot receive SMS (21211 invalid, 21614 not mobile): texting them again is pointless. */
@Singleton
public class InvalidNumbers {
    private final UnifiedJedis redis;
    private final String key;
    private final PiiHasher hasher;

    public InvalidNumbers(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher) {
        this.redis = redis;
        this.key = keys.key("suppress", "invalid");
        this.hasher = hasher;
    }

    public void mark(String number) {
        redis.sadd(key, hasher.hash(number));
    }

    public Response<Boolean> isInvalid(AbstractPipeline pipeline, String number) {
        return pipeline.sismember(key, hasher.hash(number));
    }

    public boolean isInvalid(String number) {
        return redis.sismember(key, hasher.hash(number));
    }
}
