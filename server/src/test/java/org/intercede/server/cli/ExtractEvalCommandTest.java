package org.intercede.server.cli;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractEvalCommandTest {
    private final CliRun cli = new CliRun();

    private int run(String... args) {
        return cli.execute(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ExtractEvalCommandTest.class.getResource("/extract/" + name).toURI()).toString();
    }

    @Test
    void oursAndFindNumbersSideBySideOnASmallFixedFile() throws Exception {
        assertThat(run("extract", "eval", resource("eval-sample.jsonl"))).isZero();
        // Ours: e1 e2 e3 right, e4 missed, e5 one extra: tp 4, fp 1, fn 1.
        // findNumbers: e1 right, e2 missed, e3 takes the id too, e4 missed, e5 one extra: tp 3, fp 2, fn 2.
        assertThat(cli.out.toString())
                .contains("5 ads, 5 labelled numbers")
                .containsPattern("intercede PhoneExtractor +0\\.8000 +0\\.8000 +0\\.8000 +0\\.6000 +4 +1 +1")
                .containsPattern("libphonenumber findNumbers +0\\.6000 +0\\.6000 +0\\.6000 +0\\.2000 +3 +2 +2")
                .doesNotContain("errors");
    }

    @Test
    void errorsListsEachWrongAdWithWhatWasMissedAndAdded() throws Exception {
        assertThat(run("extract", "eval", "--errors", resource("eval-sample.jsonl"))).isZero();
        assertThat(cli.out.toString())
                .contains("errors (2 ads)")
                .contains("e4: missed [+16462873390], extra []: my US cell 646 287 3390")
                .contains("e5: missed [], extra [+17209384452]: call 303 861 2290");
    }

    @Test
    void aBadFileIsAUsageErrorNamingTheLine() throws Exception {
        assertThat(run("extract", "eval", resource("eval-bad.jsonl"))).isEqualTo(2);
        assertThat(cli.err.toString()).contains("eval-bad.jsonl:2: missing \"expected\"");
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertThat(run("extract", "eval", "no-such-file.jsonl")).isEqualTo(2);
        assertThat(cli.err.toString()).contains("cannot read no-such-file.jsonl");
    }
}
