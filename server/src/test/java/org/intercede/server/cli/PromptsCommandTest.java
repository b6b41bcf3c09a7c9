package org.intercede.server.cli;

import org.intercede.server.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PromptsCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = IntercedeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(Main.withDefaultCommand(args));
    }

    private static Path overlay(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("extra.yml"), yaml);
        return dir;
    }

    @Test
    void lintOfTheBuiltInCatalogSucceedsWithOneSummaryLine() {
        assertThat(run("prompts", "lint")).isZero();
        assertThat(out.toString().strip()).startsWith("OK: built-in catalog").contains("jurisdictions").doesNotContain("\n");
    }

    @Test
    void lintOfAGoodDirectorySucceeds(@TempDir Path dir) throws IOException {
        overlay(dir, """
                messages:
                  caseworker.bus_fare:
                    en: ["We can pay for a bus ticket, {caseworker} here."]
                """);
        assertThat(run("prompts", "lint", dir.toString())).isZero();
        assertThat(out.toString()).startsWith("OK: " + dir + " over the built-in catalog");
    }

    @Test
    void lintOfABrokenDirectoryPrintsOneLinePerProblemAndExitsOne(@TempDir Path dir) throws IOException {
        overlay(dir, """
                messages:
                  caseworker.bad_slot:
                    en: ["Hi {nmae}"]
                  outreach.frist:
                    en: ["typo"]
                """);
        assertThat(run("prompts", "lint", dir.toString())).isEqualTo(1);
        String file = dir.resolve("extra.yml").toString();
        assertThat(out.toString().lines()).containsExactly(
                file + ": caseworker.bad_slot.en[1]: unknown slot {nmae}: code does not fill it here (fix: use one of [{caseworker}])",
                file + ": outreach.frist: no code sends this message (no pattern in rules.keys matches it) "
                        + "(fix: check the key for a typo, or add a pattern to rules.keys if code sends it)");
        assertThat(err.toString()).contains("2 problems");
    }

    @Test
    void lintOfAMissingDirectoryIsBadInput(@TempDir Path dir) {
        assertThat(run("prompts", "lint", dir.resolve("nope").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("does not exist");
    }

    @Test
    void showRendersEveryVariantWithItsSegmentCount() {
        assertThat(run("prompts", "show", "caseworker.greeting", "--slot", "caseworker=Maria")).isZero();
        assertThat(out.toString())
                .startsWith("caseworker.greeting (en), 1 variant")
                .contains("[1] Hi, this is Maria.")
                .contains("GSM7, ").contains(" 1 segment");
    }

    @Test
    void showInSpanishFallsBackToEnglishWhereSpanishIsMissing() {
        assertThat(run("prompts", "show", "gateway.help.test", "--locale", "es")).isZero();
        assertThat(out.toString()).startsWith("gateway.help.test (en, falling back from es)");
    }

    @Test
    void showReportsCharactersThatForceUcs2WithTheirPosition(@TempDir Path dir) throws IOException {
        overlay(dir, """
                messages:
                  caseworker.curly:
                    en: ["It’s okay"]
                """);
        assertThat(run("prompts", "show", "caseworker.curly", "--dir", dir.toString())).isZero();
        assertThat(out.toString()).contains("UCS2, 9 characters, 1 segment").contains("'’' at 2 forces UCS-2: type \"'\" instead");
    }

    @Test
    void showWithoutASlotValueOrWithAnUnknownKeyIsBadUsage() {
        assertThat(run("prompts", "show", "caseworker.greeting")).isEqualTo(2);
        assertThat(err.toString()).contains("{caseworker}");
        assertThat(run("prompts", "show", "no.such.key")).isEqualTo(2);
        assertThat(run("prompts", "show", "caseworker.greeting", "--slot", "novalue")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown message key 'no.such.key'").contains("NAME=VALUE");
    }

    @Test
    void promptsAndItsSubcommandsHaveHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("prompts");
        assertThat(run("prompts", "lint", "--help")).isZero();
        assertThat(run("prompts", "show", "--help")).isZero();
        assertThat(out.toString()).contains("DIR").contains("--locale").contains("--slot");
    }
}
