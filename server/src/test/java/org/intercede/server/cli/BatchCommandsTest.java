package org.intercede.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code classify} and {@code triage}: the line-for-line JSONL contract of CONTRACTS.md. */
class BatchCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private List<JsonNode> run(String command, String input) throws Exception {
        CommandLine cli = IntercedeCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        LineCommand subcommand = cli.getSubcommands().get(command).getCommand();
        subcommand.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        assertThat(cli.execute(command)).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            if (!line.isEmpty()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void classifyWritesOneObjectPerLineInOrderEmptyLinesIncluded() throws Exception {
        List<JsonNode> lines = run("classify", "hey\n\nhow much for qv\nu 16?\nniña de quince años\n");
        assertThat(lines).hasSize(5);
        assertThat(lines).extracting(n -> n.get("text").asText())
                .containsExactly("hey", "", "how much for qv", "u 16?", "niña de quince años");
        assertThat(fieldNames(lines.get(0))).containsExactly("text", "intent", "confidence", "underage");
        assertThat(lines.get(0).get("intent").asText()).isEqualTo("greeting");
        assertThat(lines.get(1).get("intent").asText()).isEqualTo("other");
        assertThat(lines.get(1).get("confidence").asDouble()).isZero();
        assertThat(lines.get(2).get("intent").asText()).isEqualTo("price");
        assertThat(lines.get(3).get("underage").asBoolean()).isTrue();
        assertThat(lines.get(4).get("underage").asBoolean()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void triageWritesOneObjectPerLineWithUrgentForCrisis() throws Exception {
        List<JsonNode> lines = run("triage", "STOP\n\nhe took my passport\r\nwho is this");
        assertThat(lines).hasSize(4);
        assertThat(fieldNames(lines.get(0))).containsExactly("text", "label", "confidence", "urgent");
        assertThat(lines).extracting(n -> n.get("label").asText())
                .containsExactly("opt_out", "other", "crisis", "question");
        assertThat(lines).extracting(n -> n.get("urgent").asBoolean()).containsExactly(false, false, true, false);
        assertThat(lines.get(2).get("text").asText()).isEqualTo("he took my passport");
    }

    @Test
    void theUnderstandingCommandsHaveHelp() {
        for (String[] args : List.of(new String[]{"classify", "--help"}, new String[]{"triage", "--help"},
                new String[]{"nlu", "eval", "--help"}, new String[]{"bench", "--help"})) {
            CommandLine cli = IntercedeCommand.commandLine();
            StringWriter help = new StringWriter();
            cli.setOut(new PrintWriter(help, true));
            assertThat(cli.execute(args)).as(String.join(" ", args)).isZero();
            assertThat(help.toString()).as(String.join(" ", args)).startsWith("Usage: intercede");
        }
    }

    @Test
    void noInputGivesNoOutput() throws Exception {
        assertThat(run("classify", "")).isEmpty();
    }
}
