package org.intercede.prompts;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogRenderTest {
    private static final String YAML = """
            personas:
              jess:
                name: Jess
                area: north Seattle
                locales: [en]
                replies:
                  location:
                    en: ["around {area}"]
            messages:
              caseworker.greeting:
                en: ["Hi, this is {caseworker}."]
                es: ["Hola, soy {caseworker}."]
              outreach.after_hours:
                en: ["We will reply in the morning."]
              outreach.first:
                en: ["one", "two", "three"]
            """;

    private static Catalog catalog(Random random) {
        return CatalogReader.read(List.of(new CatalogFile("test.yml", "test.yml", YAML)), random::nextInt).catalog();
    }

    private final Catalog catalog = catalog(new Random(7));

    @Test
    void slotsAreFilledFromTheCaller() {
        assertThat(catalog.render("caseworker.greeting", "en", Map.of("caseworker", "Maria"))).isEqualTo("Hi, this is Maria.");
    }

    @Test
    void aPersonaFillsItsOwnSlotsUnlessTheCallerGivesThem() {
        assertThat(catalog.render("persona.jess.location", "en", Map.of())).isEqualTo("around north Seattle");
        assertThat(catalog.render("persona.jess.location", "en", Map.of("area", "Ballard"))).isEqualTo("around Ballard");
    }

    @Test
    void spanishIsUsedWhenThereAndEnglishOtherwise() {
        assertThat(catalog.render("caseworker.greeting", "es", Map.of("caseworker", "Ana"))).isEqualTo("Hola, soy Ana.");
        assertThat(catalog.render("caseworker.greeting", "es-US", Map.of("caseworker", "Ana"))).isEqualTo("Hola, soy Ana.");
        assertThat(catalog.render("outreach.after_hours", "es", Map.of())).isEqualTo("We will reply in the morning.");
        assertThat(catalog.variants("outreach.after_hours", "fr")).containsExactly("We will reply in the morning.");
    }

    @Test
    void theSameVariantIsNeverSentTwiceInARowAndAllAreUsed() {
        String previous = null;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String text = catalog.render("outreach.first", "en", Map.of());
            assertThat(text).isNotEqualTo(previous);
            seen.add(text);
            previous = text;
        }
        assertThat(seen).containsExactlyInAnyOrder("one", "two", "three");
    }

    @Test
    void aSingleVariantIsSentEveryTime() {
        assertThat(catalog.render("outreach.after_hours", "en", Map.of()))
                .isEqualTo(catalog.render("outreach.after_hours", "en", Map.of()));
    }

    @Test
    void anUnknownKeyIsAClearError() {
        assertThatThrownBy(() -> catalog.render("outreach.frist", "en", Map.of()))
                .isInstanceOf(PromptException.class).hasMessageContaining("unknown message key 'outreach.frist'");
        assertThat(catalog.has("outreach.frist")).isFalse();
        assertThat(catalog.has("outreach.first")).isTrue();
    }

    @Test
    void aMissingSlotValueIsAClearError() {
        assertThatThrownBy(() -> catalog.render("caseworker.greeting", "en", Map.of()))
                .isInstanceOf(PromptException.class).hasMessageContaining("'caseworker.greeting' needs a value for {caseworker}");
    }

    @Test
    void localesListsEveryLanguageWritten() {
        assertThat(catalog.locales()).containsExactly("en", "es");
    }
}
