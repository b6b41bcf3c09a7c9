package org.intercede.nlp.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleTokenizerTest {

    @Test
    void keepsTimesAndHeightsWholeAndSplitsSigns() {
        assertThat(RuleTokenizer.tokenize("ok 3:15? i'm 5'2, $150 18+"))
                .containsExactly("ok", "3:15", "?", "im", "5'2", "$", "150", "18", "+");
    }

    @Test
    void countsARunOfUnknownEmojiOnce() {
        assertThat(RuleTokenizer.tokenize("hi \uD83E\uDD84\uD83E\uDD84 there")).containsExactly("hi", "emoji", "there");
    }
}
