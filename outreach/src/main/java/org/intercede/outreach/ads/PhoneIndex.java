package org.intercede.outreach.ads;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per number found in ads: the ads, cities and sources it appears in, first and last seen. Keys share the
 * number's keyed hash as their tag; the number itself is stored sealed.
 */
@Singleton
public class PhoneIndex {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final PiiSealer sealer;
    private final AdsSettings settings;

    public PhoneIndex(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher, PiiSealer sealer, AdsSettings settings) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
        this.sealer = sealer;
        this.settings = settings;
    }

    /** Records that {@code number} appears in ad {@code adId}; seen is when the ad was posted, or ingested. */
    public void record(String number, String adId, Ad ad, Instant seen, String language) {
        String tag = "pn" + hasher.hash(number);
        String info = keys.key(tag, "info");
        Response<Long> ads;
        Response<Long> cities;
        try (AbstractPipeline p = redis.pipelined()) {
            p.hsetnx(info, "number", sealer.seal(number));
            p.hsetnx(info, "first", Long.toString(seen.toEpochMilli()));
            p.sadd(keys.key(tag, "ads"), adId);
            if (ad.city() != null) {
                p.sadd(keys.key(tag, "cities"), ad.city().toLowerCase(java.util.Locale.ROOT));
            }
            p.sadd(keys.key(tag, "sources"), ad.source());
            ads = p.scard(keys.key(tag, "ads"));
            cities = p.scard(keys.key(tag, "cities"));
            p.sync();
        }
        Map<String, String> current = redis.hgetAll(info);
        long first = Long.parseLong(current.get("first"));
        long last = current.containsKey("last") ? Long.parseLong(current.get("last")) : first;
        try (AbstractPipeline p = redis.pipelined()) {
            if (seen.toEpochMilli() < first) {
                p.hset(info, "first", Long.toString(seen.toEpochMilli()));
            }
            long latest = Math.max(last, seen.toEpochMilli());
            p.hset(info, "last", Long.toString(latest));
            if (seen.toEpochMilli() >= last) {
                p.hset(info, "lang", language);
            }
            // Every number by when it was last seen: what campaigns choose from.
            p.zadd(keys.key("phones", "recent"), latest, hasher.hash(number));
            if (ads.get() >= settings.flagAds() || cities.get() >= settings.flagCities()) {
                p.hset(info, "flagged", "1");
                p.zadd(keys.key("phones", "flagged"), latest, hasher.hash(number));
            }
            p.sync();
        }
    }

    public Optional<PhoneProfile> profile(String number) {
        return byHash(hasher.hash(number));
    }

    /** Every number seen in an ad at or after {@code since}, most recently seen first. */
    public java.util.List<PhoneProfile> seenSince(Instant since) {
        return redis.zrevrangeByScore(keys.key("phones", "recent"), Double.POSITIVE_INFINITY, since.toEpochMilli()).stream()
                .map(this::byHash).flatMap(Optional::stream).toList();
    }

    /** The flagged numbers, most recently seen first. */
    public java.util.List<PhoneProfile> flagged(int limit) {
        return redis.zrevrange(keys.key("phones", "flagged"), 0, limit - 1).stream()
                .map(this::byHash).flatMap(Optional::stream).toList();
    }

    private Optional<PhoneProfile> byHash(String hash) {
        String tag = "pn" + hash;
        Map<String, String> info = redis.hgetAll(keys.key(tag, "info"));
        if (info.isEmpty()) {
            return Optional.empty();
        }
        Set<String> cities = redis.smembers(keys.key(tag, "cities"));
        Set<String> sources = redis.smembers(keys.key(tag, "sources"));
        return Optional.of(new PhoneProfile(sealer.open(info.get("number")), redis.scard(keys.key(tag, "ads")), cities, sources,
                Instant.ofEpochMilli(Long.parseLong(info.get("first"))), Instant.ofEpochMilli(Long.parseLong(info.get("last"))),
                "1".equals(info.get("flagged")), info.getOrDefault("lang", "en")));
    }
}
