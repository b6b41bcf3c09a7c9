package org.intercede.server.cli;

import org.intercede.sms.TestRedis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AdsCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void store() {
        System.setProperty("intercede.redis.url", TestRedis.url());
        System.setProperty("intercede.redis.prefix", TestRedis.freshPrefix());
        System.setProperty("intercede.data-dir", dir.toString());
    }

    @AfterEach
    void clear() {
        System.clearProperty("intercede.redis.url");
        System.clearProperty("intercede.redis.prefix");
        System.clearProperty("intercede.data-dir");
    }

    private int run(String... args) {
        CommandLine cli = IntercedeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void aFileWithABadLineImportsTheRestAndSaysWhichLineWasSkipped() throws Exception {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), """
                {"source": "siteC", "url": "https://c.example/1", "text": "txt 206 381 4488"}
                {"source": "siteC", "url": "https://c.example/1", "text": "txt 206 381 4488"}
                {"url": "https://c.example/3", "text": "no source"}
                """);
        assertThat(run("ads", "import", file.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("1 new ads, 1 already known, 1 skipped; 1 numbers found");
        assertThat(err.toString()).contains("ads.jsonl: line 3: source is required (skipped)");
        assertThat(run("ads", "import", dir.resolve("missing.jsonl").toString())).isEqualTo(2);
    }

    @Test
    void flaggedNumbersAreListedMasked() throws Exception {
        System.setProperty("intercede.ads.flag-ads", "2");
        try {
            Path file = Files.writeString(dir.resolve("many.jsonl"), """
                    {"source": "siteE", "url": "https://e.example/1", "text": "txt 206 381 4411", "city": "Seattle"}
                    {"source": "siteE", "url": "https://e.example/2", "text": "txt 206 381 4411", "city": "Seattle"}
                    """);
            assertThat(run("ads", "import", file.toString())).isZero();
            assertThat(run("ads", "flagged")).isZero();
            assertThat(out.toString()).contains("+1******4411").contains("seattle").doesNotContain("2063814411");
        } finally {
            System.clearProperty("intercede.ads.flag-ads");
        }
    }

    @Test
    void savedPagesAreImportedWithAProfile() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><head><link rel=canonical href=https://d.example/1></head>"
                + "<body><article>call 2O6.38l.4466</article></body></html>");
        assertThat(run("ads", "import-html", dir.toString(), "--profile", "generic")).isZero();
        assertThat(out.toString()).contains("1 new ads, 0 already known, 0 skipped; 1 numbers found");
        assertThat(run("ads", "import-html", dir.toString(), "--profile", "nope")).isEqualTo(2);
        assertThat(err.toString()).contains("no profile 'nope'");
    }
}
