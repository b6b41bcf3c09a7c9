package org.intercede.nlp.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormalizerTest {
    private final TextNormalizer normalizer = TextNormalizer.instance();

    private String normalize(String raw) {
        return normalizer.normalize(raw).text();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // case and repeated letters
            "HEYYYY SEXYYY|hey sexy",
            "hiiiii|hi",
            "stoooop|stop",
            "teeeen|teen",
            "sooo goood|so good",
            // SMS spellings and abbreviations
            "u free 2nite?|you free tonight ?",
            "r u avail rn|are you available right now",
            "pls send addy|please send address",
            "wya|where you at",
            "b4 tmrw|before tomorrow",
            // leetspeak inside words, not in numbers
            "h3y b34ut1ful|hey beautiful",
            "t33n g1rl|teen girl",
            "fr33 t0n1ght|free tonight",
            "room 1516|room 1516",
            // numbers written as words, ages however written
            "fifteen|15",
            "twenty one|21",
            "quince años|15 anos",
            "15yo|15 yearsold",
            "15 y/o|15 yearsold",
            "15 yrs old|15 yearsold",
            "1 6 y o|16 yearsold",
            "1 5 yo|15 yearsold",
            "15 years married|15 years married",
            // spaced-out letters
            "u n d e r a g e|underage",
            // times, heights, prices and plus signs keep their shape
            "at 3:15|at 3:15",
            "5'2 petite|5'2 petite",
            "$150 18+|$ 150 18 +",
            "don't|do not",
            // accents
            "niña|nina",
            "está|esta",
    })
    void normalisesSmsSpelling(String raw, String expected) {
        assertThat(normalize(raw)).isEqualTo(expected);
    }

    @Test
    void foldsUnicodeLookAlikesAndFullWidthLetters() {
        // Cyrillic а, е, о look like Latin letters; full-width letters come from some keyboards.
        assertThat(normalize("hеllо sеxy")).isEqualTo("hello sexy");
        assertThat(normalize("ＨＥＬＬＯ")).isEqualTo("hello");
        assertThat(normalize("𝐭𝐞𝐞𝐧")).isEqualTo("teen");
    }

    @Test
    void turnsMeaningfulEmojiIntoWordsAndDropsSkinTones() {
        assertThat(normalize("👧🏻 after 🏫?")).isEqualTo("little girl after school ?");
        assertThat(normalize("🛑")).isEqualTo("stop");
        assertThat(normalize("hi 🦄")).isEqualTo("hi emoji");
    }

    @Test
    void marksAgesSpelledOutButNotDurations() {
        assertThat(normalizer.normalize("got anyone fourteen").spelledTeenNumber()).isTrue();
        assertThat(normalizer.normalize("f1fteen").spelledTeenNumber()).isTrue();
        assertThat(normalizer.normalize("be there in fifteen minutes").spelledTeenNumber()).isFalse();
        assertThat(normalizer.normalize("15").spelledTeenNumber()).isFalse();
    }

    @Test
    void anEmptyOrBlankTextHasNoTokens() {
        assertThat(normalizer.normalize("").isEmpty()).isTrue();
        assertThat(normalizer.normalize("   ").isEmpty()).isTrue();
        assertThat(normalizer.normalize(null).isEmpty()).isTrue();
    }
}
