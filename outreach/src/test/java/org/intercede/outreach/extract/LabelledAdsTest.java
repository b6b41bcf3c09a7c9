package org.intercede.outreach.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabelledAdsTest {
    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path file = dir.resolve("ads.jsonl");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsEveryFieldAndSkipsBlankLines() throws Exception {
        List<LabelledAd> ads = LabelledAds.read(file("""
                {"id": "a1", "region": "GB", "text": "call 07412 583920", "expected": ["+447412583920"], "note": "uk"}

                {"id": "a2", "text": "nothing", "expected": []}
                """));
        assertThat(ads).containsExactly(
                new LabelledAd("a1", "GB", "call 07412 583920", List.of("+447412583920"), "uk"),
                new LabelledAd("a2", null, "nothing", List.of(), null));
    }

    @Test
    void aLineThatIsNotJsonIsNamedByItsNumber() throws Exception {
        Path file = file("{\"text\": \"x\", \"expected\": []}\n{not json\n");
        assertThatThrownBy(() -> LabelledAds.read(file))
                .isInstanceOf(LabelledAds.FormatException.class)
                .hasMessageContaining("ads.jsonl:2: not valid JSON");
    }

    @Test
    void missingTextOrExpectedIsNamed() throws Exception {
        Path noText = file("{\"id\": \"a\", \"expected\": []}\n");
        assertThatThrownBy(() -> LabelledAds.read(noText)).hasMessageContaining(":1: missing \"text\"");
        Path noExpected = file("{\"id\": \"a\", \"text\": \"x\"}\n");
        assertThatThrownBy(() -> LabelledAds.read(noExpected)).hasMessageContaining(":1: missing \"expected\"");
    }

    @Test
    void anExpectedNumberMustBeE164() throws Exception {
        Path file = file("{\"text\": \"x\", \"expected\": [\"206-381-4422\"]}\n");
        assertThatThrownBy(() -> LabelledAds.read(file)).hasMessageContaining("not an E.164 number");
    }
}
