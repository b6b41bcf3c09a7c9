package org.intercede.nlp.buyer;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.intercede.nlp.text.NormalizedText;


/**
 * Interest in a person under 18, judged on recall first: {@link UnderageRules} catch the ways people write
 * an age or a minor, and a maxent model trained on the underage corpus (positives and hard negatives)
 * catches phrasings no rule names. The model alone is trusted less: it is quiet when the message refuses
 * minors or is an adult age check ("are you over 18?"), which it has seen beside minors too often.
 */
public final class UnderageDetector {
    /** Probability of underage interest above which the model alone raises the flag (cross-validated). */
    static final double MODEL_THRESHOLD = 0.8;

    private final DocumentCategorizerME model;
    private final int positive;

    UnderageDetector(DocumentCategorizerME model) {
        this.model = model;
        this.positive = model.getIndex("1");
    }

    public UnderageVerdict detect(NormalizedText normalized) {
        if (normalized.isEmpty()) {
            return new UnderageVerdict(false, "none", 0);
        }
        String rule = UnderageRules.fire(normalized);
        if ("refusal".equals(rule)) {
            return new UnderageVerdict(false, rule, 0);
        }
        if (rule != null) {
            return new UnderageVerdict(true, rule, 1);
        }
        double score = model.categorize(normalized.tokens())[positive];
        if (score >= MODEL_THRESHOLD && !UnderageRules.vetoesModel(normalized)) {
            return new UnderageVerdict(true, "model", score);
        }
        return new UnderageVerdict(false, "none", score);
    }
}
