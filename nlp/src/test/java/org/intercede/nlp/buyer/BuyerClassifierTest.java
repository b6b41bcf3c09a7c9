package org.intercede.nlp.buyer;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.intercede.nlp.model.Corpus;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.text.TextNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class BuyerClassifierTest {
    private static BuyerClassifier classifier;

    @BeforeAll
    static void load() {
        classifier = BuyerClassifier.load();
    }

    @Test
    void twoTrainingsOnTheSameCorpusGiveIdenticalScores() {
        List<LabelledText> buyer = Corpus.resource(Corpus.BUYER, Corpus.Shape.BUYER);
        List<LabelledText> underage = Corpus.resource(Corpus.UNDERAGE, Corpus.Shape.UNDERAGE);
        BuyerClassifier once = BuyerClassifier.train(buyer, underage);
        BuyerClassifier again = BuyerClassifier.train(buyer, underage);
        List<String> texts = List.of("hey", "how much for qv", "u 16?", "where r u located", "omw", "r u a cop",
                "send pics", "cuanto cobras", "thanks bye", "what's included", "any teens", "how old r u");
        DocumentCategorizerME first = once.intentModel();
        DocumentCategorizerME second = again.intentModel();
        for (String text : texts) {
            String[] tokens = TextNormalizer.instance().normalize(text).tokens();
            assertThat(second.categorize(tokens)).as(text).containsExactly(first.categorize(tokens));
            assertThat(again.read(text)).as(text).isEqualTo(once.read(text));
            assertThat(again.underage(text)).as(text).isEqualTo(once.underage(text));
            // and the model shipped by the build is the one this corpus trains
            assertThat(classifier.read(text)).as(text).isEqualTo(once.read(text));
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "heyyy beautiful 😍|greeting",
            "u free 2nite?|availability",
            "hhr?|price",
            "do u do gfe|services",
            "incall or outcall|location",
            "omw be there in 10|meetup",
            "how old r u|age",
            "send a selfie holding 3 fingers|photos",
            "r u a cop?|safety_check",
            "thanks, bye|other",
            "cuanto cobras|price",
            "donde estas|location",
    })
    void readsClearIntents(String text, String intent) {
        assertThat(classifier.read(text).intent()).isEqualTo(intent);
    }

    @Test
    void anUnderageRuleRaisesTheFlagWhateverTheIntent() {
        BuyerReading reading = classifier.read("how much for the 15yo");
        assertThat(reading.intent()).isEqualTo("price");
        assertThat(reading.underage()).isTrue();
        assertThat(classifier.underage("how much for the 15yo").rule()).isEqualTo("age-unit");
    }

    @Test
    void anAdultAgeCheckIsAnAgeQuestionWithoutTheFlag() {
        BuyerReading reading = classifier.read("are you over 18?");
        assertThat(reading.intent()).isEqualTo("age");
        assertThat(reading.underage()).isFalse();
    }

    @Test
    void readsTheSameOnManyThreadsAsOnOne() throws Exception {
        List<String> texts = List.of("hey", "how much for qv", "u 16?", "where r u located", "omw", "r u a cop",
                "send pics", "cuanto cobras", "thanks bye", "what's included", "any teens", "how old r u",
                "fr33 t0n1ght?", "room 1516 at 3:15", "ur little sister free?", "are you over 18?");
        List<BuyerReading> expected = texts.stream().map(classifier::read).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<BuyerReading>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> {
                    List<BuyerReading> readings = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        readings.clear();
                        for (String text : texts) {
                            readings.add(classifier.read(text));
                        }
                    }
                    return readings;
                }));
            }
            for (Future<List<BuyerReading>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyMessageIsOtherWithNoConfidence() {
        assertThat(classifier.read("")).isEqualTo(new BuyerReading("other", 0, false));
        assertThat(classifier.read("   ")).isEqualTo(new BuyerReading("other", 0, false));
    }

    @Test
    void confidenceIsAProbability() {
        assertThat(classifier.read("zzqx blorp").confidence()).isBetween(0.0, 1.0);
    }
}
