package org.intercede.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract-phones}: the line-for-line JSONL contract of CONTRACTS.md. */
class ExtractPhonesCommandTest {
    private final CliRun cli = new CliRun();
    private int exitCode;

    private List<JsonNode> run(String input, String... options) throws Exception {
        String[] args = new String[options.length + 1];
        args[0] = "extract-phones";
        System.arraycopy(options, 0, args, 1, options.length);
        exitCode = cli.execute(commandLine -> {
            ExtractPhonesCommand command = commandLine.getSubcommands().get("extract-phones").getCommand();
            command.in = new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8));
        }, args);
        return cli.jsonLines();
    }

    private static List<String> phones(JsonNode line) {
        List<String> phones = new ArrayList<>();
        line.get("phones").forEach(p -> phones.add(p.asText()));
        return phones;
    }

    @Test
    void answersEachLineInOrderWithUniqueSortedE164Numbers() throws Exception {
        List<JsonNode> lines = run("""
                {"id": "a", "text": "Text 425.738.2196 or 206-381-4422, again 2063814422"}
                {"id": "b", "text": "$200/hr, 24/7, age 23"}
                {"id": 7, "text": "too oh six 38l 4422"}
                """);
        assertThat(exitCode).isZero();
        assertThat(lines).hasSize(3);
        assertThat(CliRun.fieldNames(lines.get(0))).containsExactly("id", "phones");
        assertThat(lines).extracting(l -> l.get("id").asText()).containsExactly("a", "b", "7");
        assertThat(lines.get(2).get("id").isNumber()).as("an id keeps its JSON type").isTrue();
        assertThat(phones(lines.get(0))).containsExactly("+12063814422", "+14257382196");
        assertThat(phones(lines.get(1))).isEmpty();
        assertThat(phones(lines.get(2))).containsExactly("+12063814422");
        assertThat(cli.err.toString()).isEmpty();
    }

    @Test
    void theLinesRegionWinsThenTheOptionThenUnitedStates() throws Exception {
        String input = """
                {"id": "gb", "text": "call 07412 583920", "region": "GB"}
                {"id": "none", "text": "call 07412 583920"}
                {"id": "us", "text": "call 206 381 4422"}
                """;
        List<JsonNode> byDefault = run(input);
        assertThat(byDefault).extracting(ExtractPhonesCommandTest::phones)
                .containsExactly(List.of("+447412583920"), List.of(), List.of("+12063814422"));

        List<JsonNode> inGb = run(input, "--region", "gb");
        assertThat(inGb).extracting(ExtractPhonesCommandTest::phones)
                .containsExactly(List.of("+447412583920"), List.of("+447412583920"), List.of());
        assertThat(exitCode).isZero();
    }

    @Test
    void aBadLineGetsAnErrorInPlaceTheRestAreAnsweredAndTheExitCodeIsTwo() throws Exception {
        List<JsonNode> lines = run("""
                {"id": "ok1", "text": "206-381-4422"}
                {not json
                {"id": "no-text"}
                {"id": "number-text", "text": 2063814422}

                {"id": "bad-region", "text": "206-381-4422", "region": "XX"}
                ["text"]
                {"id": "ok2", "text": "425.738.2196"}
                """);
        assertThat(exitCode).isEqualTo(2);
        assertThat(lines).hasSize(8);
        assertThat(lines).extracting(l -> l.get("id").isNull() ? null : l.get("id").asText())
                .containsExactly("ok1", null, "no-text", "number-text", null, "bad-region", null, "ok2");
        assertThat(CliRun.fieldNames(lines.get(1))).containsExactly("id", "phones", "error");
        assertThat(lines.get(1).get("error").asText()).isEqualTo("not a JSON object");
        assertThat(lines.get(2).get("error").asText()).contains("missing \"text\"");
        assertThat(lines.get(3).get("error").asText()).contains("missing \"text\"");
        assertThat(lines.get(4).get("error").asText()).isEqualTo("not a JSON object");
        assertThat(lines.get(5).get("error").asText()).contains("unknown \"region\"");
        assertThat(lines.subList(1, 7)).allSatisfy(l -> assertThat(phones(l)).isEmpty());
        assertThat(phones(lines.get(0))).containsExactly("+12063814422");
        assertThat(phones(lines.get(7))).containsExactly("+14257382196");
        assertThat(lines.get(7).has("error")).isFalse();
    }

    @Test
    void anUnknownRegionOptionIsBadUsage() throws Exception {
        List<JsonNode> lines = run("{\"id\": \"a\", \"text\": \"206-381-4422\"}\n", "--region", "Narnia");
        assertThat(exitCode).isEqualTo(2);
        assertThat(lines).isEmpty();
        assertThat(cli.err.toString()).contains("--region 'Narnia'");
    }

    @Test
    void noInputGivesNoOutput() throws Exception {
        assertThat(run("")).isEmpty();
        assertThat(exitCode).isZero();
    }
}
