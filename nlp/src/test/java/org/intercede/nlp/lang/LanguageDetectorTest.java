package org.intercede.nlp.lang;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {
    private static LanguageDetector detector;

    @BeforeAll
    static void load() {
        detector = LanguageDetector.load();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hello, I saw your ad and I would like to know if you are available tonight.",
            "Please stop texting me, I am not interested in any of this.",
            "who is this and how did you get my number"})
    void recognisesEnglishSentences(String text) {
        assertThat(detector.languageOf(text)).isEqualTo("en");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Hola, vi tu anuncio y quiero saber si estás disponible esta noche.",
            "Por favor ya no me escriban, no me interesa nada de esto.",
            "quien eres y de donde sacaste mi numero"})
    void recognisesSpanishSentences(String text) {
        assertThat(detector.languageOf(text)).isEqualTo("es");
    }

    @Test
    void answersOtherLanguagesWhenTheSentenceIsClear() {
        assertThat(detector.languageOf("Bonjour, je voudrais savoir si vous êtes disponible ce soir.")).isEqualTo("fr");
        assertThat(detector.languageOf("Olá, você está disponível hoje à noite?")).isEqualTo("pt");
    }

    @Test
    void decidesShortTextsByCommonWordsAndFallsBackToEnglish() {
        assertThat(detector.languageOf("gracias")).isEqualTo("es");
        assertThat(detector.languageOf("q tal mami")).isEqualTo("es");
        assertThat(detector.languageOf("u free?")).isEqualTo("en");
        assertThat(detector.languageOf("ok")).isEqualTo("en");
        assertThat(detector.languageOf("hhr?")).isEqualTo("en");
        assertThat(detector.languageOf("")).isEqualTo("en");
        assertThat(detector.languageOf("👍")).isEqualTo("en");
    }
}
