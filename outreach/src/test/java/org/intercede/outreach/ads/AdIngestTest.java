package org.intercede.outreach.ads;

import io.micronaut.context.ApplicationContext;
import org.intercede.sms.RedisDump;
import org.intercede.sms.TestContexts;
import org.intercede.sms.redis.RedisKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AdIngestTest {
    private ApplicationContext context;
    private AdIngest ingest;
    private PhoneIndex index;

    @BeforeEach
    void start() {
        context = TestContexts.start(Map.of("intercede.outbound.dispatch", "false", "intercede.ads.flag-ads", "3",
                "intercede.ads.flag-cities", "2"));
        ingest = context.getBean(AdIngest.class);
        index = context.getBean(PhoneIndex.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private static Ad ad(String url, String text, String city, String posted) {
        return new Ad("siteA", url, posted == null ? null : Instant.parse(posted), "new in town", text, city, null);
    }

    @Test
    void theSameAdTwiceIsOneAdAndItsNumbersAreIndexedOnce() {
        IngestResult first = ingest.ingest(ad("https://a.example/1", "call 206 381 4422, 150 hh, 34-24-36", "Seattle", "2026-11-01T20:00:00Z"));
        IngestResult again = ingest.ingest(ad("https://a.example/1", "call 206 381 4422, 150 hh, 34-24-36", "Seattle", null));
        assertThat(first.isNew()).isTrue();
        assertThat(again.isNew()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(first.phones()).containsExactly("+12063814422");
        assertThat(index.profile("+12063814422")).hasValueSatisfying(p -> {
            assertThat(p.ads()).isEqualTo(1);
            assertThat(p.cities()).containsExactly("seattle");
            assertThat(p.sources()).containsExactly("siteA");
            assertThat(p.firstSeen()).isEqualTo(Instant.parse("2026-11-01T20:00:00Z"));
            assertThat(p.flagged()).isFalse();
        });
    }

    @Test
    void anAdWithoutAUrlIsRecognisedByItsWords() {
        assertThat(ingest.ingest(ad(null, "text 425-555-0123 now", null, null)).isNew()).isTrue();
        assertThat(ingest.ingest(ad(null, "text   425-555-0123 now", null, null)).isNew()).isFalse();
    }

    @Test
    void aNumberSharedByManyAdsOrCitiesIsFlaggedWithFirstAndLastSeen() {
        ingest.ingest(ad("https://a.example/10", "txt 206.381.4433", "Seattle", "2026-11-03T00:00:00Z"));
        assertThat(index.profile("+12063814433").orElseThrow().flagged()).isFalse();
        ingest.ingest(ad("https://a.example/11", "txt 206.381.4433", "Tacoma", "2026-11-01T00:00:00Z"));
        PhoneProfile profile = index.profile("+12063814433").orElseThrow();
        assertThat(profile.flagged()).isTrue();
        assertThat(profile.cities()).containsExactlyInAnyOrder("seattle", "tacoma");
        assertThat(profile.firstSeen()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(profile.lastSeen()).isEqualTo(Instant.parse("2026-11-03T00:00:00Z"));
        assertThat(index.flagged(10)).extracting(PhoneProfile::number).containsExactly("+12063814433");
    }

    @Test
    void whatAnAdSaysIsNotStoredInClear() {
        ingest.ingest(ad("https://a.example/secret-page", "Rosa, call 206 381 4455", "Seattle", null));
        String stored = RedisDump.all(context.getBean(UnifiedJedis.class), context.getBean(RedisKeys.class));
        assertThat(stored).isNotEmpty().doesNotContain("2063814455").doesNotContain("Rosa").doesNotContain("secret-page");
    }

    @Test
    void aBadRecordIsRefusedWithTheReason() {
        assertThatThrownBy(() -> new Ad(" ", null, null, "t", "x", null, null)).hasMessageContaining("source");
        assertThatThrownBy(() -> new Ad("s", null, null, null, " ", null, null)).hasMessageContaining("title or a text");
        assertThatThrownBy(() -> new Ad("s", null, null, null, "x", null, "USA")).hasMessageContaining("ISO 3166");
        assertThatThrownBy(() -> AdReader.read(Map.of("source", "s", "text", "x", "posted_at", "yesterday")))
                .hasMessageContaining("posted_at");
    }
}
