package org.intercede.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one evaluation run: the label confusion matrix, and for buyer texts the underage counts
 * (recall on positives, false-positive rate on negatives), for replies crisis and opt-out recall.
 */
public final class EvaluationReport {
    private final String task;
    private final ConfusionMatrix labels;
    private final List<Prediction> predictions = new ArrayList<>();
    private int underageTruePositive;
    private int underageFalseNegative;
    private int underageFalsePositive;
    private int underageTrueNegative;

    public EvaluationReport(String task, List<String> labelSet) {
        this.task = task;
        this.labels = new ConfusionMatrix(labelSet);
    }

    public void add(Prediction p) {
        predictions.add(p);
        if (p.gold() != null) {
            labels.add(p.gold(), p.predicted());
        }
        if (task.equals("buyer")) {
            if (p.goldUnderage()) {
                if (p.predictedUnderage()) {
                    underageTruePositive++;
                } else {
                    underageFalseNegative++;
                }
            } else if (p.predictedUnderage()) {
                underageFalsePositive++;
            } else {
                underageTrueNegative++;
            }
        }
    }

    public ConfusionMatrix labels() {
        return labels;
    }

    public List<Prediction> predictions() {
        return predictions;
    }

    public double accuracy() {
        return labels.accuracy();
    }

    public double underageRecall() {
        int positives = underageTruePositive + underageFalseNegative;
        return positives == 0 ? 0 : (double) underageTruePositive / positives;
    }

    public double underageFalsePositiveRate() {
        int negatives = underageFalsePositive + underageTrueNegative;
        return negatives == 0 ? 0 : (double) underageFalsePositive / negatives;
    }

    public int underagePositives() {
        return underageTruePositive + underageFalseNegative;
    }

    public int underageNegatives() {
        return underageFalsePositive + underageTrueNegative;
    }

    public double crisisRecall() {
        return labels.recall("crisis");
    }

    public double optOutRecall() {
        return labels.recall("opt_out");
    }

    public String format(boolean errors) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "accuracy %.3f on %d texts%n", accuracy(), labels.total()));
        if (task.equals("buyer")) {
            sb.append(String.format(Locale.ROOT, "underage recall %.3f (%d/%d positives), false-positive rate %.3f "
                            + "(%d/%d negatives)%n", underageRecall(), underageTruePositive, underagePositives(),
                    underageFalsePositiveRate(), underageFalsePositive, underageNegatives()));
        } else {
            sb.append(String.format(Locale.ROOT, "crisis recall %.3f, opt-out recall %.3f%n", crisisRecall(),
                    optOutRecall()));
        }
        sb.append(System.lineSeparator()).append(labels.format());
        if (errors) {
            sb.append(System.lineSeparator()).append("errors (gold -> predicted: text)").append(System.lineSeparator());
            for (Prediction p : predictions) {
                if (p.labelWrong()) {
                    sb.append(String.format(Locale.ROOT, "  %s -> %s: %s%n", p.gold(), p.predicted(), p.text()));
                }
                if (task.equals("buyer") && p.underageWrong()) {
                    sb.append(String.format(Locale.ROOT, "  underage %s -> %s (%s): %s%n", p.goldUnderage(),
                            p.predictedUnderage(), p.detail(), p.text()));
                }
            }
        }
        return sb.toString();
    }
}
