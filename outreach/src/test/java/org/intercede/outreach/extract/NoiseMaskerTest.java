package org.intercede.outreach.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseMaskerTest {

    /** The text with masked characters shown as '#'. */
    private static String masked(String text) {
        return new String(NoiseMasker.mask(text)).replace(NoiseMasker.BREAK, '#');
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "in town 12/25/2026 only      | in town ########## only",
            "from 2026-03-04              | from ##########",
            "open 24/7                    | open ####",
            "at 21:30                     | at #####",
            "5'4 tall                     | ### tall",
            "34-24-36 curvy               | ######## curvy",
            "100% real                    | #### real",
            "$200/hr                      | ####/hr",
            "150€ 30min                   | #### 30min",
            "ID 4829173650                | ID ##########",
            "post #4829173650             | post ###########",
            "see https://x.com/p/48291736 | see ########################"})
    void noiseIsBlanked(String text, String expected) {
        assertThat(masked(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "646/287/3390",
            "06.12.48.73.95",
            "06-84-31-72-56",
            "'206-381-4422'",
            "call #2063814422",
            "post #: 206-381-4422",
            "wa.me/12063814422"})
    void numbersAreLeftAlone(String text) {
        assertThat(masked(text)).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "206 381 4422 $200 | 206 381 4422 ####",
            "4422 300$ hr      | 4422 #### hr"})
    void aPriceBesideANumberTakesNoneOfItsDigits(String text, String expected) {
        assertThat(masked(text)).isEqualTo(expected);
    }
}
