package org.intercede.prompts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    @ParameterizedTest
    @ValueSource(strings = {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "PARAR", "CANCELAR", "DETENER", "BAJA", "ALTO", "FIN"})
    void everyOptOutKeywordInBothLanguagesOptsOut(String word) {
        assertThat(CATALOG.keyword(word)).contains(Keyword.OPT_OUT);
        assertThat(CATALOG.keyword(word.toLowerCase())).contains(Keyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"START", "UNSTOP", "YES", "COMENZAR", "INICIAR", "ALTA", "SI", "Sí"})
    void everyOptInKeywordInBothLanguagesOptsIn(String word) {
        assertThat(CATALOG.keyword(word)).contains(Keyword.OPT_IN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HELP", "INFO", "AYUDA", "help?", "Ayuda."})
    void helpKeywordsAskForHelp(String word) {
        assertThat(CATALOG.keyword(word)).contains(Keyword.HELP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Stop.", " STOP ", "stop!!", "Parar", "¡Alto!", "\"stop\"", "STOP 🙏", "\tquit\n", "Stop all", "stop   all"})
    void caseAccentsSpacesAndSurroundingPunctuationAreIgnored(String text) {
        assertThat(CATALOG.keyword(text)).contains(Keyword.OPT_OUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stop texting me", "don't stop", "please stop", "stopp", "s t o p", "unstoppable", "help me",
            "yes please", "", "   ", "?!", "end of story", "no"})
    void aSentenceThatOnlyContainsAKeywordIsNotOne(String text) {
        assertThat(CATALOG.keyword(text)).isEmpty();
    }

    @Test
    void noTextIsNoKeyword() {
        assertThat(CATALOG.keyword(null)).isEqualTo(Optional.empty());
    }

    @Test
    void keywordsLiveInTheCatalogByLocale() {
        assertThat(CATALOG.keywords(Keyword.OPT_OUT).get("en")).contains("STOP", "STOPALL");
        assertThat(CATALOG.keywords(Keyword.OPT_IN).get("es")).containsAll(List.of("COMENZAR", "SI"));
        // YES would be read as the boolean true by plain YAML 1.1; the catalog's dialect keeps it a word.
        assertThat(CATALOG.keywords(Keyword.OPT_IN).get("en")).contains("YES");
    }
}
