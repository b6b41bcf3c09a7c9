package org.intercede.nlp.eval;

import org.intercede.nlp.buyer.BuyerClassifier;
import org.intercede.nlp.buyer.BuyerReading;
import org.intercede.nlp.buyer.UnderageVerdict;
import org.intercede.nlp.model.Corpus;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.triage.ReplyTriage;
import org.intercede.nlp.triage.TriageReading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Measures the classifiers: on a labelled file with the shipped models, or by K-fold cross-validation on
 * the training corpora. Folds are deterministic: a fixed seed shuffles, then each label's examples are
 * dealt round-robin so every fold has every label. For buyers, the underage corpus is folded alongside the
 * intent corpus, so its hard negatives count in the false-positive rate.
 */
public final class Evaluator {
    public static final long SEED = 20_261_122L;

    private Evaluator() {
    }

    public static EvaluationReport buyer(BuyerClassifier classifier, List<LabelledText> buyer,
                                         List<LabelledText> underageOnly) {
        EvaluationReport report = new EvaluationReport("buyer", Corpus.INTENTS);
        for (LabelledText example : buyer) {
            BuyerReading reading = classifier.read(example.text());
            UnderageVerdict verdict = classifier.underage(example.text());
            report.add(new Prediction(example.text(), example.label(), reading.intent(), example.underage(),
                    reading.underage(), verdict.rule()));
        }
        for (LabelledText example : underageOnly) {
            UnderageVerdict verdict = classifier.underage(example.text());
            report.add(new Prediction(example.text(), null, null, example.underage(), verdict.underage(),
                    verdict.rule()));
        }
        return report;
    }

    public static EvaluationReport triage(ReplyTriage triage, List<LabelledText> replies) {
        EvaluationReport report = new EvaluationReport("triage", Corpus.TRIAGE_LABELS);
        for (LabelledText example : replies) {
            TriageReading reading = triage.read(example.text());
            report.add(new Prediction(example.text(), example.label(), reading.label(), false, false, ""));
        }
        return report;
    }

    public static EvaluationReport crossValidateBuyer(int k) {
        List<LabelledText> buyer = Corpus.resource(Corpus.BUYER, Corpus.Shape.BUYER);
        List<LabelledText> underage = Corpus.resource(Corpus.UNDERAGE, Corpus.Shape.UNDERAGE);
        List<List<LabelledText>> buyerFolds = folds(buyer, k, e -> e.label() + e.underage());
        List<List<LabelledText>> underageFolds = folds(underage, k, e -> String.valueOf(e.underage()));
        EvaluationReport total = new EvaluationReport("buyer", Corpus.INTENTS);
        for (int i = 0; i < k; i++) {
            BuyerClassifier classifier = BuyerClassifier.train(allBut(buyerFolds, i), allBut(underageFolds, i));
            EvaluationReport fold = buyer(classifier, buyerFolds.get(i), underageFolds.get(i));
            fold.predictions().forEach(total::add);
        }
        return total;
    }

    public static EvaluationReport crossValidateTriage(int k) {
        List<LabelledText> replies = Corpus.resource(Corpus.TRIAGE, Corpus.Shape.TRIAGE);
        List<List<LabelledText>> folds = folds(replies, k, LabelledText::label);
        EvaluationReport total = new EvaluationReport("triage", Corpus.TRIAGE_LABELS);
        for (int i = 0; i < k; i++) {
            ReplyTriage triage = ReplyTriage.train(allBut(folds, i));
            triage(triage, folds.get(i)).predictions().forEach(total::add);
        }
        return total;
    }

    static List<List<LabelledText>> folds(List<LabelledText> examples, int k,
                                          java.util.function.Function<LabelledText, String> stratum) {
        if (k < 2 || k > examples.size()) {
            throw new IllegalArgumentException("cross-validation needs 2 <= K <= " + examples.size() + ", got " + k);
        }
        List<LabelledText> shuffled = new ArrayList<>(examples);
        Collections.shuffle(shuffled, new Random(SEED));
        // A stable sort by stratum keeps the shuffled order inside each label; dealing round-robin then
        // spreads every label evenly across the folds.
        shuffled.sort(Comparator.comparing(stratum));
        List<List<LabelledText>> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(new ArrayList<>());
        }
        for (int i = 0; i < shuffled.size(); i++) {
            folds.get(i % k).add(shuffled.get(i));
        }
        for (List<LabelledText> fold : folds) {
            fold.sort(Comparator.comparingInt(LabelledText::line));
        }
        return folds;
    }

    private static List<LabelledText> allBut(List<List<LabelledText>> folds, int held) {
        List<LabelledText> rest = new ArrayList<>();
        for (int i = 0; i < folds.size(); i++) {
            if (i != held) {
                rest.addAll(folds.get(i));
            }
        }
        rest.sort(Comparator.comparingInt(LabelledText::line));
        return rest;
    }
}
