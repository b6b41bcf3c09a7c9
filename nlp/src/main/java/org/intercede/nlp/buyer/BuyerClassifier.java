package org.intercede.nlp.buyer;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.intercede.nlp.model.CategorizerTrainer;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.model.ShippedModels;
import org.intercede.nlp.text.NormalizedText;
import org.intercede.nlp.text.TextNormalizer;

import java.util.List;

/**
 * Reads a buyer's text to a decoy number: its intent (maxent over word and character n-grams of the
 * normalised text) and whether it shows interest in a minor ({@link UnderageDetector}). When the model is
 * unsure (top probability below {@link #MIN_CONFIDENCE}, or the top two within {@link #MIN_MARGIN}), the
 * intent is {@code other}: the bot then stays neutral rather than answer a question nobody asked.
 * Models come trained from the build ({@link #load()}); thread-safe after construction.
 */
public final class BuyerClassifier {
    static final double MIN_CONFIDENCE = 0.25;
    static final double MIN_MARGIN = 0.02;

    private final TextNormalizer normalizer = TextNormalizer.instance();
    private final DocumentCategorizerME intents;
    private final UnderageDetector underage;

    /** The models trained at build time from the shipped corpora (buyer intents, underage examples). */
    public static BuyerClassifier load() {
        return new BuyerClassifier(ShippedModels.load(ShippedModels.INTENTS),
                new UnderageDetector(ShippedModels.load(ShippedModels.UNDERAGE)));
    }

    /** Trains on the given examples: intents from {@code buyer}, the underage model from both lists. */
    public static BuyerClassifier train(List<LabelledText> buyer, List<LabelledText> underageExamples) {
        return new BuyerClassifier(CategorizerTrainer.train(buyer, LabelledText::label), new UnderageDetector(
                CategorizerTrainer.train(ShippedModels.underageExamples(buyer, underageExamples),
                        ShippedModels.UNDERAGE_LABEL)));
    }

    private BuyerClassifier(DocumentCategorizerME intents, UnderageDetector underage) {
        this.intents = intents;
        this.underage = underage;
    }

    public BuyerReading read(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        if (normalized.isEmpty()) {
            return new BuyerReading("other", 0, false);
        }
        double[] scores = intents.categorize(normalized.tokens());
        int best = 0;
        int second = -1;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                second = best;
                best = i;
            } else if (second < 0 || scores[i] > scores[second]) {
                second = i;
            }
        }
        String intent = intents.getCategory(best);
        double confidence = scores[best];
        if (confidence < MIN_CONFIDENCE || (second >= 0 && confidence - scores[second] < MIN_MARGIN)) {
            intent = "other";
        }
        return new BuyerReading(intent, round(confidence), underage.detect(normalized).underage());
    }

    /** The underage verdict with the rule that fired, for tests and {@code nlu eval --errors}. */
    public UnderageVerdict underage(String text) {
        return underage.detect(normalizer.normalize(text));
    }

    /** The bare OpenNLP categorizer, for the benchmark's baseline. */
    public DocumentCategorizerME intentModel() {
        return intents;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
