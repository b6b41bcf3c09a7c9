package org.intercede.outreach.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {

    @Test
    void wordsRunTogetherAreSplitIntoNumberWords() {
        assertThat(NumberWords.segment("fourtwofive", false)).containsExactly(4, 2, 5);
        assertThat(NumberWords.segment("seventhreeeight", false)).containsExactly(7, 3, 8);
        assertThat(NumberWords.segment("TwoOneNineSix", false)).containsExactly(2, 1, 9, 6);
    }

    @Test
    void digitsAndWordsMixInOneWord() {
        assertThat(NumberWords.segment("three8one", true)).containsExactly(3, 8, 1);
    }

    @Test
    void lookAlikeLettersCountOnlyWhenAllowed() {
        assertThat(NumberWords.segment("2O6", true)).containsExactly(2, 0, 6);
        assertThat(NumberWords.segment("BOSS", false)).isNull();
    }

    @Test
    void aWholeNumberWordBeatsLookAlikeLetters() {
        // "too" is 2, not 2 then the letter o read as 0.
        assertThat(NumberWords.segment("too", true)).containsExactly(2);
    }

    @Test
    void aWordWithAnyOtherPartIsNotANumber() {
        assertThat(NumberWords.segment("hello", false)).isNull();
        assertThat(NumberWords.segment("tool", false)).isNull();
        assertThat(NumberWords.segment("someone", false)).isNull();
    }
}
