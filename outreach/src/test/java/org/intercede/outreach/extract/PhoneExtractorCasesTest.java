package org.intercede.outreach.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every labelled case in ads_cases.jsonl: one disguise or one kind of noise per line, with its note. */
class PhoneExtractorCasesTest {
    private static final PhoneExtractor EXTRACTOR = new PhoneExtractor();

    static List<LabelledAd> cases() throws Exception {
        return LabelledAds.read(casesFile());
    }

    static Path casesFile() throws URISyntaxException {
        return Path.of(PhoneExtractorCasesTest.class.getResource("ads_cases.jsonl").toURI());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsExactlyTheLabelledNumbers(LabelledAd ad) {
        assertThat(EXTRACTOR.extract(ad.text(), ad.region()))
                .as("%s (%s): %s", ad.id(), ad.note(), ad.text())
                .isEqualTo(ad.expected());
    }
}
