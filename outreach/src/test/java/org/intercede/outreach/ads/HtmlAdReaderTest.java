package org.intercede.outreach.ads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HtmlAdReaderTest {
    private static Path page(String name) throws URISyntaxException {
        return Path.of(HtmlAdReaderTest.class.getResource("/org/intercede/outreach/ads/pages/" + name).toURI());
    }

    @Test
    void theGenericProfileReadsTitleTextCityTimeAndCanonicalUrl() throws Exception {
        Ad ad = HtmlAdReader.read(page("ad-1.html"), HtmlProfile.load("generic", null));
        assertThat(ad.source()).isEqualTo("saved-pages");
        assertThat(ad.url()).isEqualTo("https://listings.example/seattle/123");
        assertThat(ad.title()).isEqualTo("Sweet and new in town");
        assertThat(ad.city()).isEqualTo("Seattle");
        assertThat(ad.postedAt()).isEqualTo(Instant.parse("2026-11-02T18:30:00Z"));
        // Line breaks survive: ads split numbers across them.
        assertThat(ad.text()).contains("two o six").contains("381 44 77");
    }

    @Test
    void theOpenGraphUrlStandsInForAMissingCanonicalLink() throws Exception {
        assertThat(HtmlAdReader.read(page("ad-2.html"), HtmlProfile.load("generic", null)).url())
                .isEqualTo("https://listings.example/tacoma/456");
    }

    @Test
    void aProfileFileNamesItsMistakes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("profiles.yml"), """
                profiles:
                  siteA:
                    selectors:
                      body: "article"
                """);
        assertThatThrownBy(() -> HtmlProfile.load("siteA", file)).hasMessageContaining("profiles.siteA.selectors.body");
        assertThatThrownBy(() -> HtmlProfile.load("nope", file)).hasMessageContaining("no profile 'nope'");
        Path good = Files.writeString(dir.resolve("good.yml"), """
                profiles:
                  siteA:
                    region: GB
                    selectors:
                      text: "article"
                """);
        Ad ad = HtmlAdReader.read(page("ad-2.html"), HtmlProfile.load("siteA", good));
        assertThat(ad.source()).isEqualTo("siteA");
        assertThat(ad.region()).isEqualTo("GB");
    }
}
