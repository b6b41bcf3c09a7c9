package org.intercede.outreach.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpokenDigitsTest {

    /** Reads space-separated words as {@link DigitRuns} would hand them over, one word per group. */
    private static List<String> read(String words) {
        List<int[]> pieces = new ArrayList<>();
        for (String word : words.split(" ")) {
            int[] segmented = NumberWords.segment(word, false);
            assertThat(segmented).as(word).isNotNull();
            pieces.add(segmented);
        }
        List<String> digits = new ArrayList<>();
        for (StringBuilder group : SpokenDigits.read(pieces)) {
            digits.add(group.toString());
        }
        return digits;
    }

    @Test
    void tensTakeTheUnitThatFollows() {
        assertThat(String.join("", read("twenty two forty"))).isEqualTo("2240");
        assertThat(String.join("", read("treinta dos"))).isEqualTo("32");
    }

    @Test
    void frenchCountsSeventyToNinetyNineOnSixtyAndEighty() {
        assertThat(String.join("", read("soixante treize"))).isEqualTo("73");
        assertThat(String.join("", read("soixante dix"))).isEqualTo("70");
        assertThat(String.join("", read("quatre vingts"))).isEqualTo("80");
        assertThat(String.join("", read("quatre vingt un"))).isEqualTo("81");
        assertThat(String.join("", read("quatre vingt quinze"))).isEqualTo("95");
        assertThat(String.join("", read("dix sept"))).isEqualTo("17");
    }

    @Test
    void quatreAloneIsFour() {
        assertThat(String.join("", read("quatre quatre"))).isEqualTo("44");
    }

    @Test
    void doubleAndTripleRepeatTheNextDigit() {
        assertThat(String.join("", read("double four triple oh seven"))).isEqualTo("440007");
    }

    @Test
    void aWordWhoseDigitsJoinTheWordBeforeLeavesAnEmptyGroup() {
        assertThat(read("twenty two")).containsExactly("22", "");
    }
}
