package org.intercede.outreach.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExtractionScoreTest {

    private static LabelledAd ad(String id, String region, String text, String... expected) {
        return new LabelledAd(id, region, text, List.of(expected), null);
    }

    @Test
    void countsEachNumberOnceAndEachAdAsExactOrNot() {
        List<LabelledAd> ads = List.of(
                ad("a", "US", "one", "+12063814422"),
                ad("b", "US", "two", "+12063814422", "+14257382196"),
                ad("c", "US", "three"),
                ad("d", null, "four"));
        Map<String, List<String>> answers = Map.of(
                "one", List.of("+12063814422"),
                "two", List.of("+12063814422", "+13109462273"),
                "three", List.of(),
                "four", List.of("+13109462273"));

        ExtractionScore score = ExtractionScore.of(ads, "US", (text, region) -> answers.get(text));

        assertThat(score.truePositives()).isEqualTo(2);
        assertThat(score.falsePositives()).isEqualTo(2);
        assertThat(score.falseNegatives()).isEqualTo(1);
        assertThat(score.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(score.recall()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(score.f1()).isCloseTo(4.0 / 7, within(1e-9));
        assertThat(score.exactMatchRate()).isCloseTo(0.5, within(1e-9));
        assertThat(score.misses()).extracting(m -> m.ad().id()).containsExactly("b", "d");
        assertThat(score.misses().get(0).missed()).containsExactly("+14257382196");
        assertThat(score.misses().get(0).extra()).containsExactly("+13109462273");
    }

    @Test
    void anAdWithoutRegionIsReadInTheDefaultRegion() {
        List<String> regions = new java.util.ArrayList<>();
        ExtractionScore.of(List.of(ad("a", null, "x"), ad("b", "GB", "y")), "FR", (text, region) -> {
            regions.add(region);
            return List.of();
        });
        assertThat(regions).containsExactly("FR", "GB");
    }

    @Test
    void nothingFoundWhereNothingIsExpectedIsPerfect() {
        ExtractionScore score = ExtractionScore.of(List.of(ad("a", "US", "x")), "US", (text, region) -> List.of());
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.exactMatchRate()).isEqualTo(1.0);
    }
}
