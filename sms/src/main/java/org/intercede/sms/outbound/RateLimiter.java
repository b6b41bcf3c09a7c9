package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

import java.time.Clock;
import java.util.List;

/**
 * A token bucket per sender, in Redis so that every process shares it. Tokens are SMS segments: carriers
 * limit segments per second, not messages. A message bigger than the bucket may take it below zero, so the
 * long-run rate stays exact.
 */
@Singleton
public class RateLimiter {
    private static final String SCRIPT = """
            local b = redis.call('HMGET', KEYS[1], 't', 'ts')
            local now = tonumber(ARGV[1])
            local rate = tonumber(ARGV[2])
            local cap = tonumber(ARGV[3])
            local cost = tonumber(ARGV[4])
            local tokens = tonumber(b[1])
            local ts = tonumber(b[2])
            if tokens == nil then tokens = cap; ts = now end
            if now > ts then tokens = math.min(cap, tokens + (now - ts) * rate); ts = now end
            local wait = 0
            if tokens >= math.min(cost, cap) then tokens = tokens - cost
            else wait = math.ceil((math.min(cost, cap) - tokens) / rate) end
            redis.call('HSET', KEYS[1], 't', tostring(tokens), 'ts', tostring(ts))
            redis.call('PEXPIRE', KEYS[1], 86400000)
            return wait
            """;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final Clock clock;
    private final OutboundSettings settings;

    public RateLimiter(RedisKeys keys, PiiHasher hasher, Clock clock, OutboundSettings settings) {
        this.keys = keys;
        this.hasher = hasher;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * Takes {@code segments} tokens from the sender's bucket, inside a pipeline (only when limits are on): the
     * answer is 0 when it may send now, else how many ms to wait.
     */
    public Response<Object> take(AbstractPipeline pipeline, String sender, int segments) {
        return pipeline.eval(SCRIPT, List.of(bucket(sender)), arguments(segments));
    }

    private String bucket(String sender) {
        return keys.key("rate" + hasher.hash(sender));
    }

    private List<String> arguments(int segments) {
        double perMillisecond = settings.segmentsPerSecond() / 1000.0;
        return List.of(Long.toString(clock.millis()), Double.toString(perMillisecond),
                Integer.toString(settings.burstSegments()), Integer.toString(segments));
    }
}
