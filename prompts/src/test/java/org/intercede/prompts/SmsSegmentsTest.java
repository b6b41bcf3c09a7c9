package org.intercede.prompts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void oneHundredSixtyGsmCharactersFitOneSegmentAndOneMoreNeedsTwo() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(new SegmentCount(Encoding.GSM7, 160, 1, java.util.List.of()));
        assertThat(SmsSegments.count("a".repeat(161)).segments()).isEqualTo(2);
    }

    @Test
    void longGsmMessagesAreSplitIntoPartsOf153() {
        assertThat(SmsSegments.count("a".repeat(153 * 2)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307)).segments()).isEqualTo(3);
    }

    @Test
    void seventyUcs2CharactersFitOneSegmentAndOneMoreNeedsTwo() {
        String seventy = "á" + "a".repeat(69);
        assertThat(SmsSegments.count(seventy).encoding()).isEqualTo(Encoding.UCS2);
        assertThat(SmsSegments.count(seventy).segments()).isEqualTo(1);
        assertThat(SmsSegments.count(seventy + "a").segments()).isEqualTo(2);
        assertThat(SmsSegments.count("á" + "a".repeat(67 * 2 - 1)).segments()).isEqualTo(2);
        assertThat(SmsSegments.count("á" + "a".repeat(67 * 2)).segments()).isEqualTo(3);
    }

    @Test
    void extensionCharactersCountAsTwoSeptets() {
        SegmentCount count = SmsSegments.count("€{}[]~\\|^");
        assertThat(count.encoding()).isEqualTo(Encoding.GSM7);
        assertThat(count.characters()).isEqualTo(18);
        assertThat(SmsSegments.count("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(80) + "a").segments()).isEqualTo(2);
    }

    @Test
    void anExtensionCharacterIsNeverSplitAcrossTwoParts() {
        // 152 plain septets then a euro sign: the escape pair does not fit in the first part's last septet.
        String text = "a".repeat(152) + "€" + "a".repeat(10);
        assertThat(SmsSegments.count(text).characters()).isEqualTo(164);
        assertThat(SmsSegments.count(text).segments()).isEqualTo(2);
    }

    @Test
    void anEmojiCountsTwoUtf16Units() {
        SegmentCount count = SmsSegments.count("hi 🙂");
        assertThat(count.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(count.characters()).isEqualTo(5);
        assertThat(SmsSegments.count("🙂".repeat(35)).segments()).isEqualTo(1);
        assertThat(SmsSegments.count("🙂".repeat(36)).segments()).isEqualTo(2);
    }

    @Test
    void aCurlyQuoteIsReportedWithItsIndexAndThePlainReplacement() {
        SegmentCount count = SmsSegments.count("Hi, it’s Sam – call me…");
        assertThat(count.encoding()).isEqualTo(Encoding.UCS2);
        assertThat(count.ucs2Forcing()).containsExactly(
                new CharacterIssue(6, "’", "'"),
                new CharacterIssue(13, "–", "-"),
                new CharacterIssue(22, "…", "..."));
    }

    @Test
    void aNonBreakingSpaceIsReportedButAccentedLettersAreNot() {
        SegmentCount count = SmsSegments.count("Hola,\u00A0¿qué tal? Está bien");
        assertThat(count.ucs2Forcing()).containsExactly(new CharacterIssue(5, "\u00A0", " "));
    }

    @Test
    void gsmLettersWithAccentsStayGsm7() {
        assertThat(SmsSegments.count("é è ñ ü ¿ ¡ à £ § Ä").encoding()).isEqualTo(Encoding.GSM7);
        assertThat(SmsSegments.count("ç").encoding()).isEqualTo(Encoding.UCS2);
    }

    @Test
    void anEmptyMessageHasNoSegments() {
        assertThat(SmsSegments.count("").segments()).isZero();
    }
}
