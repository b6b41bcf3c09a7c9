package org.intercede.nlp.buyer;

import org.intercede.nlp.model.Corpus;
import org.intercede.nlp.model.LabelledText;
import org.intercede.nlp.text.NormalizedText;
import org.intercede.nlp.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of the underage detector, pinned by messages it must catch and hard negatives it must not. */
class UnderageRulesTest {

    private static String rule(String text) {
        return UnderageRules.fire(TextNormalizer.instance().normalize(text));
    }

    @ParameterizedTest(name = "{0} fires {1}")
    @CsvSource(delimiter = '|', value = {
            "r u under 18?|under-18",
            "<18?|under-18",
            "doesnt have to be legal|under-18",
            "anyone 16 or under|under-18",
            "no older than 16|under-18",
            "i want a teen, my kids are away this weekend|teen",
            "got any 7th graders lol|school",
            "any minors available|minor-word",
            "got any jailbait|minor-word",
            "m1nor ok?|minor-word",
            "a kid would be better|minor-word",
            "quiero una niña|minor-word",
            "busco menor de edad|minor-word",
            "one whose parents dont know shes out|minor-word",
            "any t33n girls|teen",
            "teenager pls|teen",
            "want a 15 year old|age-unit",
            "looking for 16yo|age-unit",
            "1 5 y o|age-unit",
            "una de 14 años|age-unit",
            "hey sweet 16|age-unit",
            "u 16?|age-context",
            "ur 15 right? thats what i want|age-context",
            "is she sixteen|age-context",
            "age 14 is fine|age-context",
            "tienes 15 verdad|age-context",
            "17 is fine with me|age-context",
            "is the girl in the 3rd pic 16|age-context",
            "14 15 16 any of those ok|age-range",
            "13-15 whatever u got|age-range",
            "16?|lone-age",
            "got anyone fourteen|spelled-age",
            "sixt33n or so|spelled-age",
            "catorce|lone-age",
            "ur little sister free?|family",
            "is ur daughter available|family",
            "tu hermanita esta libre|family",
            "still in high school?|school",
            "what grade r u in|school",
            "🏫 girl?|school",
            "busco una colegiala|minor-word",
            "the younger the better|young",
            "i want them real young|young",
            "how young is ur youngest|young",
            "👧 available?|young",
    })
    void catchesInterestInAMinor(String text, String expectedRule) {
        assertThat(rule(text)).isEqualTo(expectedRule);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // adult age checks and adult ages
            "are you over 18?", "u 18+?", "21+", "I'm 45", "18 and up only", "r u 21", "tienes mas de 18 verdad",
            "how old are you", "eres mayor de edad?",
            // prices, times, durations, places and sizes that look like ages
            "150 for hh", "can u do 15 min", "16:30 works", "room 1516", "exit 15", "size 12 or 14?",
            "be there in 15", "15 bucks for gas", "at 3:15", "been doing this 15 years", "15 yrs married",
            "can we do 10 or 11", "a las 15:30", "llego en 16 minutos", "on the 15th of the month",
            // an adult's own family, school or job
            "my son is 15 so keep it discreet", "i have a 14 yo so nights only", "my daughter turned 16 today",
            "im a high school teacher, need discretion", "my high school sweetheart left me",
            "im a freshman in college 18", "my truck is 17 years old lol", "my sister lives nearby",
            "i have a teenage son at home so outcall", "went to a high school game tonight",
            "my little sister is getting married lol", "i'll be 15 late", "mi hijo tiene 15 asi que discreto",
            // young meaning young adult
            "young at heart", "hey young lady", "i like em young, 21 and up tho", "18 is the youngest i'll see",
            "you look young for 30", "you look really young in the pictures, how old are you actually?",
    })
    void staysQuietOnHardNegatives(String text) {
        assertThat(rule(text)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no minors please", "if ur not 18 dont text me", "anyone under 18 i will report",
            "i dont want anyone underage", "no teens, adults only", "nada de menores", "not into young girls",
            "no one under 18"})
    void aRefusalOfMinorsVetoesEveryRule(String text) {
        assertThat(rule(text)).isEqualTo("refusal");
    }

    /** The rule that raised the flag, or null: a refusal and silence both leave it down. */
    private static String positive(String rule) {
        return "refusal".equals(rule) ? null : rule;
    }

    @Test
    void theWordGateChangesNoVerdictOnTheCorpora() {
        List<LabelledText> texts = new ArrayList<>(Corpus.resource(Corpus.BUYER, Corpus.Shape.BUYER));
        texts.addAll(Corpus.resource(Corpus.UNDERAGE, Corpus.Shape.UNDERAGE));
        for (LabelledText example : texts) {
            NormalizedText normalized = TextNormalizer.instance().normalize(example.text());
            assertThat(positive(UnderageRules.fire(normalized))).as(example.text())
                    .isEqualTo(positive(UnderageRules.fireUngated(normalized)));
        }
    }
}
