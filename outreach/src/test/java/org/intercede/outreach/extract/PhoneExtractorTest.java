package org.intercede.outreach.extract;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule at a time; ads_cases.jsonl holds the realistic mixtures. */
class PhoneExtractorTest {
    private final PhoneExtractor extractor = new PhoneExtractor();

    private List<String> us(String text) {
        return extractor.extract(text, "US");
    }

    @Nested
    class SpelledDigits {
        @ParameterizedTest
        @ValueSource(strings = {
                "two oh six three eight one four four two two",
                "too zero sicks tree ate won fore for to too",
                "TWO ZERO SIX THREE EIGHT ONE FOUR FOUR TWO TWO",
                "twozerosix threeeightone fourfourtwotwo",
                "two oh six, three eight one, forty four twenty two",
                "two oh six three eight one forty-four twenty-two",
                "two zero six dot three eight one dot four four two two",
                "dos cero seis tres ocho uno cuatro cuatro dos dos"})
        void spelledHomophoneAndTensWordsAreDigits(String text) {
            assertThat(us(text)).containsExactly("+12063814422");
        }

        @Test
        void doubleAndTripleRepeatTheNextDigit() {
            assertThat(extractor.extract("oh seven nine double four five one triple two six", "GB"))
                    .containsExactly("+447944512226");
        }

        @Test
        void numberWordsInProseAreNotANumber() {
            assertThat(us("one on one, two for one, won't be long, ate too much, for real")).isEmpty();
        }
    }

    @Nested
    class LookAlikeLetters {
        @Test
        void lettersInsideDigitGroupsAreDigits() {
            assertThat(us("2O6-38l-4422")).containsExactly("+12063814422");
            assertThat(us("4Z5 73B Zl96")).containsExactly("+14257382196");
            assertThat(us("3|2 845 66O3")).containsExactly("+13128456603");
            assertThat(us("S03.Z89.663Z")).containsExactly("+15032896632");
        }

        @Test
        void aGroupOfLettersOnlyCountsNextToDigitGroups() {
            assertThat(us("7l3 SZB 9O47")).containsExactly("+17135289047");
            assertThat(us("BOSS SOLO OLLIE 2063814422")).containsExactly("+12063814422");
        }

        @Test
        void lettersAreNeverReadAsKeypadDigits() {
            // libphonenumber alone reads "OOOO" as 6666 (STACK.md); here O is 0 and other letters are words.
            assertThat(us("650 253 OOOO")).containsExactly("+16502530000");
            assertThat(us("call 206 FLOWERS")).isEmpty();
        }

        @Test
        void lettersAroundANumberGluedToAWordStayLetters() {
            assertThat(us("KIKIxoxo7024396627xoxo")).containsExactly("+17024396627");
        }
    }

    @Nested
    class UnicodeDigits {
        @ParameterizedTest
        @ValueSource(strings = {
                "2️⃣0️⃣6️⃣3️⃣8️⃣1️⃣4️⃣4️⃣2️⃣2️⃣",
                "2⃣0⃣6⃣3⃣8⃣1⃣4⃣4⃣2⃣2⃣",
                "２０６－３８１－４４２２",
                "𝟐𝟎𝟔 𝟑𝟖𝟏 𝟒𝟒𝟐𝟐",
                "②⓪⑥ ③⑧① ④④②②",
                "❷⓿❻ ❸❽❶ ❹❹❷❷",
                "²⁰⁶ ³⁸¹ ⁴⁴²²",
                "٢٠٦٣٨١٤٤٢٢"})
        void anyDigitOfAnyScriptIsADigit(String text) {
            assertThat(us(text)).containsExactly("+12063814422");
        }

        @Test
        void circledNumbersAboveNineAndFractionsAreNotDigits() {
            assertThat(us("⑩⑪⑫ ½ ⅓ ⑬⑭⑮⑯")).isEmpty();
        }
    }

    @Nested
    class Separators {
        @ParameterizedTest
        @ValueSource(strings = {"206*381*4422", "206_381_4422", "206 | 381 | 4422", "206·381·4422", "206/381/4422",
                "206.381.4422", "206-381-4422", "206 381 4422", "206\n381\n4422", "206 💋 381 💋 4422", "(206) 381-4422",
                "206x381x4422", "2 0 6 3 8 1 4 4 2 2", "+1 206 381 4422", "1-206-381-4422", "+1.206.381.4422"})
        void anySeparatorJoinsTheGroupsOfANumber(String text) {
            assertThat(us(text)).containsExactly("+12063814422");
        }

        @Test
        void aNumberGluedToWordsIsFound() {
            assertThat(us("callme2063814422now")).containsExactly("+12063814422");
        }

        @Test
        void severalNumbersInOneAdAreAllFoundOnceAndSorted() {
            assertThat(us("425 738 2196 or 206-381-4422, again 2063814422"))
                    .containsExactly("+12063814422", "+14257382196");
        }

        @Test
        void numbersWrittenBackToBackAreCutAtTheirGroups() {
            assertThat(us("720 938 4452 303 861 2290")).containsExactly("+13038612290", "+17209384452");
        }

        @Test
        void aSeparatorThatDiffersFromTheNumbersOwnMarksWhereItEnds() {
            assertThat(us("3 4 7 2 6 8 9 9 1 3 🔥 4 hr")).containsExactly("+13472689913");
        }
    }

    @Nested
    class Regions {
        @Test
        void theAdsRegionReadsNationalNumbers() {
            assertThat(extractor.extract("07412 583920", "GB")).containsExactly("+447412583920");
            assertThat(extractor.extract("06 12 48 73 95", "FR")).containsExactly("+33612487395");
            assertThat(extractor.extract("07412 583920", "US")).isEmpty();
        }

        @Test
        void countryCodesAndInternationalPrefixesAreRead() {
            assertThat(extractor.extract("+44 (0)7721 406 318", "GB")).containsExactly("+447721406318");
            assertThat(extractor.extract("0044 7845 902 113", "GB")).containsExactly("+447845902113");
            assertThat(us("011 44 7412 583920")).containsExactly("+447412583920");
        }

        @Test
        void ukIsReadAsGb() {
            assertThat(extractor.extract("07412 583920", "uk")).containsExactly("+447412583920");
            assertThat(PhoneExtractor.isKnownRegion("UK")).isTrue();
            assertThat(PhoneExtractor.isKnownRegion("Narnia")).isFalse();
        }

        @Test
        void anUnknownRegionReadsOnlyNumbersWithACountryCode() {
            assertThat(extractor.extract("+44 7412 583920 or 206 381 4422", "Narnia")).containsExactly("+447412583920");
        }

        @Test
        void noRegionMeansUnitedStates() {
            assertThat(extractor.extract("206-381-4422", null)).containsExactly("+12063814422");
            assertThat(extractor.extract("206-381-4422", " us ")).containsExactly("+12063814422");
        }
    }

    @Nested
    class Noise {
        @ParameterizedTest
        @ValueSource(strings = {
                "$200/hr $350/2hr $1,000 overnight", "150 hh 250 hr 80 qv", "£150 hr, 200€ 1h",
                "age 23, 5'4\", 120lbs, 34-24-36, 36DD", "34D-25-36 5’6”", "165cm 52kg",
                "12/25/2026 - 12/31/2026", "2026-03-04 to 2026-03-09", "05.03.2026", "21:30 - 03:00", "10am-2am",
                "zip 98101-1234", "ID 4829173650", "post id: 2534817760", "Ad ID: 2534817760.", "ref#2534817760",
                "post #2534817760", "Ad #: 2534817760", "Listing No. 2534817760",
                "https://example.com/ads/2534817760.html", "24/7 365", "100% real",
                "order code 42573821960344", "call 425-381", "206 381 44", "123-456-7890", "206-081-4422"})
        void isNotANumber(String text) {
            assertThat(us(text)).isEmpty();
        }

        @Test
        void aFormattedNumberAfterAHashIsStillANumber() {
            assertThat(us("new # 253 604 7781")).containsExactly("+12536047781");
        }

        @Test
        void noiseNextToANumberLendsItNoDigits() {
            assertThat(us("since 2019 206 381 4422")).containsExactly("+12063814422");
            assertThat(us("$150 $250 $400 (310)946-2273")).containsExactly("+13109462273");
            assertThat(us("text 206 381 4422 for rates")).containsExactly("+12063814422");
        }
    }

    @Nested
    class Grouping {
        @Test
        void oddGroupingsAreReadWhenSetApart() {
            assertThat(us("call 617.482.77.19 tonight")).containsExactly("+16174827719");
            assertThat(us("72 52 04 33 58 vegas")).containsExactly("+17252043358");
            assertThat(us("txt 2063 814 422")).containsExactly("+12063814422");
            assertThat(us("📱 1-46-93-49-81-52, 5⭐")).containsExactly("+14693498152");
        }

        @Test
        void numbersSideBySideThatAddUpToAValidNumberAreNotOne() {
            // 2526278055 and 2019252627 are valid NANP numbers; these are ages, a year and a word.
            assertThat(us("25 26 27\nBOSS LADY")).isEmpty();
            assertThat(us("since 2019, 25 26 27 | 1300 block")).isEmpty();
            assertThat(us("2hrs 350 to 25 26 27")).isEmpty();
        }

        @Test
        void digitGroupsOfOneAndTwoSideBySideAreAList() {
            assertThat(us("apt 4B 4 8 15 16 23 42")).isEmpty();
            assertThat(extractor.extract("+33 6 45 82 19 37", "FR")).containsExactly("+33645821937");
        }

        @Test
        void oddGroupsJoinedByCommasAreAList() {
            assertThat(us("2hrs 350, 2020, 150 hh")).isEmpty();
            assertThat(us("917.3431.169 txt")).containsExactly("+19173431169");
        }

        @Test
        void aPlusAlwaysStartsANumber() {
            assertThat(us("since 2019 5 +1 310 868 9986")).containsExactly("+13108689986");
        }

        @Test
        void aWordAfterANumberDoesNotShiftIt() {
            assertThat(us("five two zero five three zero six eight two seven for real")).containsExactly("+15205306827");
            assertThat(us("call 4 B O 5 B 6 8 2 9 3 to die for")).containsExactly("+14805868293");
        }

        @Test
        void outsideNanpANationalNumberNeedsItsTrunkPrefix() {
            assertThat(extractor.extract("612487395", "FR")).isEmpty();
            assertThat(extractor.extract("0612487395", "FR")).containsExactly("+33612487395");
        }

        @Test
        void manyPipesSeparateOnePipeBetweenShortPiecesIsAOne() {
            assertThat(us("call858|965|7079xoxo")).containsExactly("+18589657079");
            assertThat(us("3|2 845 66O3")).containsExactly("+13128456603");
        }
    }

    @Test
    void emptyAndNullTextHaveNoNumbers() {
        assertThat(us("")).isEmpty();
        assertThat(us(null)).isEmpty();
    }

    @Test
    void oneExtractorServesManyThreadsAtOnce() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        List<List<String>> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int t = 0; t < 4; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    results.add(us("too oh six 38l 4422 or 425.738.2196"));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(800).allSatisfy(r -> assertThat(r).containsExactly("+12063814422", "+14257382196"));
    }
}
