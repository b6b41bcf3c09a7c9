package org.intercede.server.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class NluEvalCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = IntercedeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(NluEvalCommandTest.class.getResource("/nlu/" + name).toURI()).toString();
    }

    @Test
    void buyerFiguresOnASmallFixedFile() throws Exception {
        assertThat(run("nlu", "eval", "--task", "buyer", "--errors", resource("buyer-sample.tsv"))).isZero();
        assertThat(out.toString())
                .contains("accuracy 0.833 on 6 texts")
                .contains("underage recall 0.500 (1/2 positives), false-positive rate 0.000 (0/4 negatives)")
                .containsPattern("photos +0\\.000 +0\\.000 +0\\.000 +1")
                .contains("photos -> safety_check: r u a cop?")
                .contains("underage true -> false (none): hello there");
    }

    @Test
    void triageFiguresOnASmallFixedFile() throws Exception {
        assertThat(run("nlu", "eval", "--task", "triage", resource("triage-sample.tsv"))).isZero();
        assertThat(out.toString())
                .contains("accuracy 0.857 on 7 texts")
                .contains("crisis recall 0.500, opt-out recall 1.000")
                .contains("confusion (rows: gold, columns: predicted)")
                .doesNotContain("errors");
    }

    @Test
    void crossValidationReportsTheSameFiguresTwice() {
        assertThat(run("nlu", "eval", "--task", "triage", "--cv", "3")).isZero();
        String first = out.toString();
        out.getBuffer().setLength(0);
        assertThat(run("nlu", "eval", "--task", "triage", "--cv", "3")).isZero();
        assertThat(out.toString()).isEqualTo(first).contains("crisis recall");
    }

    @Test
    void aBadFileIsAUsageErrorNamingTheLine() throws Exception {
        assertThat(run("nlu", "eval", resource("buyer-bad.tsv"))).isEqualTo(2);
        assertThat(err.toString()).contains("buyer-bad.tsv:2:").contains("underage must be 0 or 1");
    }

    @Test
    void aMissingFileOrNoSourceIsAUsageError() {
        assertThat(run("nlu", "eval", "/no/such/file.tsv")).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        assertThat(run("nlu", "eval")).isEqualTo(2);
        assertThat(run("nlu", "eval", "--task", "weather", "--cv", "3")).isEqualTo(2);
    }
}
