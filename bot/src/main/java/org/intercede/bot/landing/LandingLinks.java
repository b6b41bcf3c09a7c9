package org.intercede.bot.landing;

import jakarta.inject.Singleton;
import org.intercede.bot.engine.LinkIssuer;
import org.intercede.bot.policy.BotSettings;
import org.intercede.sms.redis.RedisKeys;
import org.intercede.sms.twilio.TwilioSettings;
import redis.clients.jedis.UnifiedJedis;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Short links to the deterrence landing page, {@code <public URL>/d/<token>}: an unguessable token per
 * conversation that says where the deterrence came from (decoy, persona, jurisdiction, language) and
 * nothing about the buyer. Kept for the retention.
 */
@Singleton
public class LandingLinks implements LinkIssuer {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final String baseUrl;
    private final long retentionSeconds;
    private final SecureRandom random = new SecureRandom();

    public LandingLinks(UnifiedJedis redis, RedisKeys keys, TwilioSettings twilio, BotSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.baseUrl = twilio.publicBaseUrl() == null || twilio.publicBaseUrl().isBlank() ? null
                : twilio.publicBaseUrl().replaceAll("/+$", "");
        this.retentionSeconds = settings.retention().toSeconds();
    }

    /** What a token was issued for. */
    public record Landing(String conversation, String decoy, String persona, String jurisdiction, String locale) {
    }

    @Override
    public Optional<String> issue(String conversationKey, String decoy, String persona, String jurisdiction, String locale) {
        if (baseUrl == null) {
            return Optional.empty();
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String key = key(token);
        redis.hset(key, Map.of("c", conversationKey, "decoy", decoy, "persona", persona, "j", jurisdiction, "l", locale));
        redis.expire(key, retentionSeconds);
        return Optional.of(baseUrl + "/d/" + token);
    }

    public Optional<Landing> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{16}")) {
            return Optional.empty();
        }
        Map<String, String> f = redis.hgetAll(key(token));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Landing(f.get("c"), f.get("decoy"), f.get("persona"), f.get("j"), f.get("l")));
    }

    private String key(String token) {
        return keys.key("dl" + token);
    }
}
