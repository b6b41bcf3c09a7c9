package org.intercede.nlp.triage;

import opennlp.tools.doccat.DocumentCategorizerME;
import org.intercede.nlp.model.CategorizerTrainer;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.model.ShippedModels;
import org.intercede.nlp.text.NormalizedText;
import org.intercede.nlp.text.TextNormalizer;

import java.util.List;

/**
 * Triage of replies to outreach texts into the six labels of CONTRACTS.md. {@link TriageRules} decide
 * first (strong crisis, a controller keeping us off "her", opt-out, weak crisis); otherwise a maxent model over word and character
 * n-grams decides, with one bias: when crisis is a close second, or above {@link #CRISIS_FLOOR}, the
 * answer is crisis, because a caseworker reading a false alarm costs minutes and a missed crisis can
 * cost a life. The model comes trained from the build ({@link #load()}); thread-safe after construction.
 */
public final class ReplyTriage {
    static final double CRISIS_FLOOR = 0.35;
    static final double RULE_CONFIDENCE = 0.99;

    private final TextNormalizer normalizer = TextNormalizer.instance();
    private final DocumentCategorizerME model;
    private final int crisis;

    /** The model trained at build time from the shipped corpus. */
    public static ReplyTriage load() {
        return new ReplyTriage(ShippedModels.load(ShippedModels.TRIAGE));
    }

    public static ReplyTriage train(List<LabelledText> examples) {
        return new ReplyTriage(CategorizerTrainer.train(examples, LabelledText::label));
    }

    private ReplyTriage(DocumentCategorizerME model) {
        this.model = model;
        this.crisis = model.getIndex("crisis");
    }

    public TriageReading read(String text) {
        NormalizedText normalized = normalizer.normalize(text);
        if (normalized.isEmpty()) {
            return new TriageReading("other", 0, false);
        }
        String t = normalized.text();
        if (TriageRules.strongCrisis(t)) {
            return reading("crisis", RULE_CONFIDENCE);
        }
        if (TriageRules.keepOffHer(t)) {
            return reading("hostile", RULE_CONFIDENCE);
        }
        if (TriageRules.optOut(t)) {
            return reading("opt_out", RULE_CONFIDENCE);
        }
        if (TriageRules.weakCrisis(t)) {
            return reading("crisis", RULE_CONFIDENCE);
        }
        double[] scores = model.categorize(normalized.tokens());
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        if (crisis >= 0 && best != crisis && scores[crisis] >= CRISIS_FLOOR) {
            return reading("crisis", scores[crisis]);
        }
        return reading(model.getCategory(best), scores[best]);
    }

    private static TriageReading reading(String label, double confidence) {
        return new TriageReading(label, Math.round(confidence * 1000) / 1000.0, label.equals("crisis"));
    }
}
