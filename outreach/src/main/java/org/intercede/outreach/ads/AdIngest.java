package org.intercede.outreach.ads;

import jakarta.inject.Singleton;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.outreach.extract.PhoneExtractor;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes ads in, whichever way they came: finds their numbers and indexes them. The same ad twice is one ad
 * (its id is the keyed hash of its source and URL, or of its source and words when it has no URL). What an ad
 * says is stored sealed: it names the people we want to reach.
 */
@Singleton
public class AdIngest {
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiHasher hasher;
    private final PiiSealer sealer;
    private final PhoneIndex phones;
    private final AdsSettings settings;
    private final Clock clock;
    private final PhoneExtractor extractor = new PhoneExtractor();
    /** Loaded at the first ad with a number: the language model is large, and most commands never need it. */
    private final java.util.function.Supplier<LanguageDetector> languages = new java.util.function.Supplier<>() {
        private volatile LanguageDetector loaded;

        @Override
        public LanguageDetector get() {
            if (loaded == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = LanguageDetector.load();
                    }
                }
            }
            return loaded;
        }
    };

    public AdIngest(UnifiedJedis redis, RedisKeys keys, PiiHasher hasher, PiiSealer sealer, PhoneIndex phones,
                    AdsSettings settings, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.hasher = hasher;
        this.sealer = sealer;
        this.phones = phones;
        this.settings = settings;
        this.clock = clock;
    }

    public IngestResult ingest(Ad ad) {
        String id = hasher.hash(ad.url() != null && !ad.url().isBlank()
                ? ad.source() + "|" + ad.url().trim()
                : ad.source() + "|" + ad.fullText().replaceAll("\\s+", " ").trim());
        String key = keys.key("ad" + id, "ad");
        Instant now = clock.instant();
        boolean isNew = redis.hsetnx(key, "ingested", Long.toString(now.toEpochMilli())) == 1;
        List<String> found = extractor.extract(ad.fullText(), ad.region() != null ? ad.region() : settings.defaultRegion());
        if (isNew) {
            Map<String, String> fields = new HashMap<>();
            fields.put("source", ad.source());
            putSealed(fields, "url", ad.url());
            putSealed(fields, "title", ad.title());
            putSealed(fields, "text", ad.text());
            if (ad.city() != null) {
                fields.put("city", ad.city());
                // Ads per city, for the supervisors' dashboard (a city is not personal data).
                redis.zincrby(citiesKey(keys), 1, ad.city().strip());
            }
            if (ad.region() != null) {
                fields.put("region", ad.region());
            }
            if (ad.postedAt() != null) {
                fields.put("posted", Long.toString(ad.postedAt().toEpochMilli()));
            }
            fields.put("phones", String.valueOf(found.size()));
            redis.hset(key, fields);
            Instant seen = ad.postedAt() != null ? ad.postedAt() : now;
            String language = found.isEmpty() ? "en" : languages.get().languageOf(ad.fullText());
            for (String number : found) {
                phones.record(number, id, ad, seen, language);
            }
        }
        return new IngestResult(id, isNew, found);
    }

    /** Ads counted per city. */
    public static String citiesKey(RedisKeys keys) {
        return keys.key("ads", "cities");
    }

    private void putSealed(Map<String, String> fields, String name, String value) {
        if (value != null && !value.isBlank()) {
            fields.put(name, sealer.seal(value));
        }
    }
}
