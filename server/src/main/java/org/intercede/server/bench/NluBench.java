package org.intercede.server.bench;

import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.text.RuleTokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench nlu}: buyer messages classified per second on one thread, normalisation and underage
 * detection included, beside the bare OpenNLP categorizer on the same inputs (split on spaces, the least
 * a caller must do); the time to train the buyer models from the shipped corpus (what {@code classify}
 * pays at start); and our rule tokenizer beside OpenNLP's English tokenizer model, the measurement behind
 * choosing it.
 */
final class NluBench implements BenchSuite {
    private static final Duration WARM_UP = Duration.ofSeconds(1);

    /** Varied on purpose: slang, typos, emoji, leetspeak, Spanish, long and short, underage and not. */
    static final List<String> INPUTS = List.of(
            "hey", "hi there saw ur ad 😍", "u free rn?", "hhr?", "how much for qv", "can u do 150 for the hr",
            "what's included, do u do gfe", "incall or outcall", "where r u located near the airport?",
            "omw be there in 10", "what room #", "how old r u", "are you over 18?", "send a selfie holding 3 fingers",
            "r u a cop?", "is this a sting lol", "thanks, bye", "cuanto cobras x hora", "estas disponible ahorita",
            "donde estas mami", "got any young ones like 15", "u 16?", "any t33n girls", "ur little sister free?",
            "still in high school?", "I'm 45, are you 21+?", "room 1516 at 3:15", "HEYYYY SEXYYY 😘😘",
            "can we meet at the starbucks on 5th first then go to ur place, i got cash ready, like 200 for an hour?",
            "fr33 t0n1ght?", "ur pics real? facetime to verify", "llego en 15 min", "is this a bot",
            "any latinas available tmrw morning", "i only got 80 on me", "bring your friend for a duo");

    @Override
    public String target() {
        return "nlu";
    }

    @Override
    public List<Measurement> run(Duration perMeasurement) throws Exception {
        List<Measurement> results = new ArrayList<>();
        Timing load = Loop.run(Duration.ZERO, perMeasurement, i -> BuyerClassifier.load());
        results.add(Measurement.of("nlu buyer model load", load));

        BuyerClassifier classifier = BuyerClassifier.load();
        DocumentCategorizerME bare = classifier.intentModel();
        String[][] split = new String[INPUTS.size()][];
        for (int i = 0; i < split.length; i++) {
            split[i] = INPUTS.get(i).toLowerCase(Locale.ROOT).split(" ");
        }
        int n = INPUTS.size();
        Timing base = Loop.run(WARM_UP, perMeasurement, i -> bare.categorize(split[(int) (i % n)]));
        Timing read = Loop.run(WARM_UP, perMeasurement, i -> classifier.read(INPUTS.get((int) (i % n))));
        results.add(Measurement.against("nlu buyer read", read, "opennlp DocumentCategorizerME.categorize", base));

        TokenizerME opennlpTokenizer = new TokenizerME(tokenizerModel());
        Timing theirs = Loop.run(WARM_UP, perMeasurement, i -> opennlpTokenizer.tokenize(INPUTS.get((int) (i % n))));
        Timing ours = Loop.run(WARM_UP, perMeasurement, i -> RuleTokenizer.tokenize(INPUTS.get((int) (i % n))));
        results.add(Measurement.against("nlu rule tokenizer", ours, "opennlp TokenizerME (en-ud-ewt)", theirs));
        return results;
    }

    private static TokenizerModel tokenizerModel() throws IOException {
        try (InputStream in = NluBench.class.getResourceAsStream("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin")) {
            if (in == null) {
                throw new IOException("the OpenNLP English tokenizer model is not on the classpath");
            }
            return new TokenizerModel(in);
        }
    }
}
