package org.intercede.nlp.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Gold against predicted labels: accuracy, per-label precision, recall and F1, and the matrix itself. */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private int total;
    private int correct;

    public ConfusionMatrix(List<String> labels) {
        this.labels = new ArrayList<>(labels);
        for (String gold : labels) {
            Map<String, Integer> row = new LinkedHashMap<>();
            for (String predicted : labels) {
                row.put(predicted, 0);
            }
            counts.put(gold, row);
        }
    }

    public void add(String gold, String predicted) {
        counts.get(gold).merge(predicted, 1, Integer::sum);
        total++;
        if (gold.equals(predicted)) {
            correct++;
        }
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        return total == 0 ? 0 : (double) correct / total;
    }

    public int count(String gold, String predicted) {
        return counts.get(gold).get(predicted);
    }

    public int goldCount(String label) {
        return counts.get(label).values().stream().mapToInt(Integer::intValue).sum();
    }

    public int predictedCount(String label) {
        int n = 0;
        for (Map<String, Integer> row : counts.values()) {
            n += row.get(label);
        }
        return n;
    }

    public double precision(String label) {
        int predicted = predictedCount(label);
        return predicted == 0 ? 0 : (double) count(label, label) / predicted;
    }

    public double recall(String label) {
        int gold = goldCount(label);
        return gold == 0 ? 0 : (double) count(label, label) / gold;
    }

    public double f1(String label) {
        double p = precision(label);
        double r = recall(label);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Per-label table then the matrix (rows gold, columns predicted), for people to read. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %7s%n", "label", "precision", "recall", "f1", "gold"));
        for (String label : labels) {
            sb.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %7d%n", label, precision(label),
                    recall(label), f1(label), goldCount(label)));
        }
        sb.append(String.format(Locale.ROOT, "%nconfusion (rows: gold, columns: predicted)%n%-14s", ""));
        for (String label : labels) {
            sb.append(String.format(Locale.ROOT, " %6s", abbreviate(label)));
        }
        sb.append(System.lineSeparator());
        for (String gold : labels) {
            sb.append(String.format(Locale.ROOT, "%-14s", gold));
            for (String predicted : labels) {
                sb.append(String.format(Locale.ROOT, " %6d", count(gold, predicted)));
            }
            sb.append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 6 ? label : label.substring(0, 6);
    }
}
