package org.intercede.nlp.model;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusTest {

    private static List<LabelledText> read(String text, Corpus.Shape shape) throws Exception {
        return Corpus.read(new BufferedReader(new StringReader(text)), "test.tsv", shape);
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws Exception {
        List<LabelledText> rows = read("# header\n\nprice\t0\thhr?\nage\t1\tu 16?\n", Corpus.Shape.BUYER);
        assertThat(rows).containsExactly(new LabelledText("price", false, "hhr?", 3),
                new LabelledText("age", true, "u 16?", 4));
    }

    @Test
    void aBadLineIsNamedWithWhatIsWrong() {
        assertThatThrownBy(() -> read("price\t0\thhr?\nprize\t0\thow much\n", Corpus.Shape.BUYER))
                .isInstanceOf(Corpus.FormatException.class).hasMessageContaining("test.tsv:2:")
                .hasMessageContaining("unknown intent 'prize'");
        assertThatThrownBy(() -> read("price\tmaybe\thhr?\n", Corpus.Shape.BUYER))
                .hasMessageContaining("test.tsv:1:").hasMessageContaining("underage must be 0 or 1");
        assertThatThrownBy(() -> read("crisis help\n", Corpus.Shape.TRIAGE))
                .hasMessageContaining("test.tsv:1:").hasMessageContaining("expected label<TAB>text");
    }

    @Test
    void theShippedCorporaAreValidLargeEnoughAndCoverEveryLabel() {
        List<LabelledText> buyer = Corpus.resource(Corpus.BUYER, Corpus.Shape.BUYER);
        List<LabelledText> underage = Corpus.resource(Corpus.UNDERAGE, Corpus.Shape.UNDERAGE);
        List<LabelledText> triage = Corpus.resource(Corpus.TRIAGE, Corpus.Shape.TRIAGE);
        for (String intent : Corpus.INTENTS) {
            assertThat(buyer.stream().filter(e -> e.label().equals(intent)).count()).as(intent).isGreaterThanOrEqualTo(60);
        }
        for (String label : Corpus.TRIAGE_LABELS) {
            assertThat(triage.stream().filter(e -> e.label().equals(label)).count()).as(label).isGreaterThanOrEqualTo(50);
        }
        assertThat(underage.stream().filter(LabelledText::underage).count()).isGreaterThanOrEqualTo(150);
        assertThat(underage.stream().filter(e -> !e.underage()).count()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void noTextAppearsTwiceInOneCorpus() {
        for (String path : List.of(Corpus.BUYER, Corpus.TRIAGE)) {
            Corpus.Shape shape = path.equals(Corpus.BUYER) ? Corpus.Shape.BUYER : Corpus.Shape.TRIAGE;
            Set<String> seen = new HashSet<>();
            Set<String> twice = new HashSet<>();
            for (LabelledText row : Corpus.resource(path, shape)) {
                if (!seen.add(row.text())) {
                    twice.add(row.text());
                }
            }
            assertThat(twice).as(path).isEmpty();
        }
    }
}
