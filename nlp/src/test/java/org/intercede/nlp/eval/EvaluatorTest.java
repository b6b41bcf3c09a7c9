package org.intercede.nlp.eval;

import org.intercede.nlp.model.LabelledText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluatorTest {

    private static List<LabelledText> examples() {
        List<LabelledText> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(new LabelledText(i % 3 == 0 ? "a" : "b", false, "text " + i, i + 1));
        }
        return rows;
    }

    @Test
    void foldsAreTheSameEveryTimeAndPartitionTheExamples() {
        List<List<LabelledText>> first = Evaluator.folds(examples(), 5, LabelledText::label);
        assertThat(Evaluator.folds(examples(), 5, LabelledText::label)).isEqualTo(first);
        Set<LabelledText> all = new HashSet<>();
        for (List<LabelledText> fold : first) {
            assertThat(fold).hasSize(6);
            assertThat(fold.stream().filter(e -> e.label().equals("a")).count()).isEqualTo(2);
            all.addAll(fold);
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(examples());
    }

    @Test
    void theMatrixCountsPrecisionRecallAndF1() {
        ConfusionMatrix matrix = new ConfusionMatrix(List.of("a", "b"));
        matrix.add("a", "a");
        matrix.add("a", "b");
        matrix.add("b", "b");
        matrix.add("b", "b");
        assertThat(matrix.accuracy()).isEqualTo(0.75);
        assertThat(matrix.recall("a")).isEqualTo(0.5);
        assertThat(matrix.precision("b")).isEqualTo(2.0 / 3);
        assertThat(matrix.f1("a")).isEqualTo(2 * 1.0 * 0.5 / 1.5);
        assertThat(matrix.format()).contains("confusion (rows: gold, columns: predicted)");
    }
}
