package org.intercede.nlp.triage;

import org.intercede.nlp.model.Corpus;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyTriageTest {
    private static ReplyTriage triage;

    @BeforeAll
    static void load() {
        triage = ReplyTriage.load();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STOP", "stopppp", "🛑", "Unsubscribe", "remove me from ur list", "dont text me again",
            "pls no more msgs", "take me off", "i dont want these texts", "leave me alone", "no me escriban mas",
            "sacame de la lista", "stop texting, he checks my phone", "opt out", "not interested"})
    void findsAnOptOutInAnyWords(String text) {
        TriageReading reading = triage.read(text);
        assertThat(reading.label()).isEqualTo("opt_out");
        assertThat(reading.urgent()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"help", "HELP ME", "sos", "stop he's hurting me", "he took my passport",
            "i cant leave the motel", "im 15 and they make me do dates", "i want to die", "they locked me in",
            "he has a gun", "ayuda", "me tienen encerrada", "been thinking about ending it", "pls come get me"})
    void putsAPersonInDangerFirst(String text) {
        TriageReading reading = triage.read(text);
        assertThat(reading.label()).isEqualTo("crisis");
        assertThat(reading.urgent()).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "i need a lawyer|help_request",
            "do u have shelters|help_request",
            "who is this|question",
            "how did u get my number|question",
            "fuck off|hostile",
            "mind ur business|hostile",
            "ok thanks|other",
            "👍|other",
    })
    void readsTheOtherLabels(String text, String label) {
        assertThat(triage.read(text).label()).isEqualTo(label);
    }

    @Test
    void aControllerKeepingUsOffHerIsHostile() {
        assertThat(triage.read("dont ever text my girl again").label()).isEqualTo("hostile");
        assertThat(triage.read("stop texting her").label()).isEqualTo("hostile");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"i wanna stop doing this", "can i stop by your office tomorrow",
            "dont call the police please", "i cant stop crying"})
    void theOptOutRuleLeavesStoppingSomethingElseToTheModel(String text) {
        assertThat(TriageRules.optOut(TextNormalizer.instance().normalize(text).text())).isFalse();
    }

    @Test
    void stoppingSomethingElseIsNotAnOptOut() {
        assertThat(triage.read("i wanna stop doing this").label()).isNotEqualTo("opt_out");
    }

    @Test
    void twoTrainingsOnTheSameCorpusGiveIdenticalReadings() {
        List<LabelledText> corpus = Corpus.resource(Corpus.TRIAGE, Corpus.Shape.TRIAGE);
        ReplyTriage once = ReplyTriage.train(corpus);
        ReplyTriage again = ReplyTriage.train(corpus);
        for (String text : List.of("who r u", "i need help", "whatever", "go to hell", "can u call me", "ok")) {
            assertThat(again.read(text)).as(text).isEqualTo(once.read(text));
            assertThat(triage.read(text)).as("shipped: " + text).isEqualTo(once.read(text));
        }
    }

    @Test
    void anEmptyReplyIsOtherWithNoConfidence() {
        assertThat(triage.read("")).isEqualTo(new TriageReading("other", 0, false));
    }
}
