package org.intercede.outreach.ads;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AdFileTest {
    @TempDir
    Path dir;

    private List<String> read(Path file) throws Exception {
        List<String> seen = new ArrayList<>();
        AdFile.read(file, (line, ad) -> seen.add(line + " ok " + ad.source()), (line, reason) -> seen.add(line + " bad " + reason));
        return seen;
    }

    @Test
    void jsonLinesAreReadWithTheirLineNumbersAndBadOnesReported() throws Exception {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), """
                {"source": "a", "text": "one"}

                not json
                {"text": "no source"}
                {"source": "b", "title": "two", "posted_at": "2026-11-02"}
                """);
        assertThat(read(file)).containsExactly("1 ok a", "3 bad not a JSON object", "4 bad source is required", "5 ok b");
    }

    @Test
    void csvWithAHeaderIsReadTheSameWay() throws Exception {
        Path file = Files.writeString(dir.resolve("ads.csv"), """
                source,url,posted_at,title,text,city,region
                a,https://x.example/1,2026-11-02,hi,"call 206 381 4422, ok",Seattle,US
                ,https://x.example/2,,hi,text,Seattle,US
                b,https://x.example/3,,,"quoted, with comma",Paris,FR
                """);
        assertThat(read(file)).containsExactly("2 ok a", "3 bad source is required", "4 ok b");
    }
}
