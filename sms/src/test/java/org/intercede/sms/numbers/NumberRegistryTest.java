package org.intercede.sms.numbers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberRegistryTest {

    @Test
    void theBuiltInDevelopmentNumbersCoverEveryRoleTheSimulatorOffers() {
        NumberRegistry registry = new NumberRegistry(new NumbersSettings(null));
        assertThat(registry.all()).extracting(OwnedNumber::role)
                .contains(NumberRole.DECOY, NumberRole.OUTREACH, NumberRole.TEST);
        assertThat(registry.isOurs("+12065550199")).isTrue();
        assertThat(registry.isOurs("+12065550123")).isFalse();
    }

    @Test
    void aFileNamedBySettingsReplacesTheBuiltInNumbers(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("numbers.yml"), """
                numbers:
                  - number: "+1 (425) 555-0101"
                    role: outreach
                """);
        NumberRegistry registry = new NumberRegistry(new NumbersSettings(file.toString()));
        assertThat(registry.all()).containsExactly(new OwnedNumber("+14255550101", NumberRole.OUTREACH, "outreach"));
    }

    @Test
    void mistakesNameTheEntryAndTheField() {
        assertThatThrownBy(() -> parse("numbers:\n  - number: \"+14255550101\"\n    role: pirate\n"))
                .hasMessageContaining("numbers[0].role").hasMessageContaining("unknown number role 'pirate'");
        assertThatThrownBy(() -> parse("numbers:\n  - number: \"425\"\n    role: test\n"))
                .hasMessageContaining("numbers[0].number");
        assertThatThrownBy(() -> parse("numbers:\n  - role: test\n")).hasMessageContaining("needs both");
        assertThatThrownBy(() -> parse("phones: []\n")).hasMessageContaining("top-level 'numbers:'");
        assertThatThrownBy(() -> new NumberRegistry(NumberRegistry.parse(new ByteArrayInputStream(
                "numbers:\n  - {number: \"+14255550101\", role: test}\n  - {number: \"+14255550101\", role: decoy}\n"
                        .getBytes(StandardCharsets.UTF_8)), "x")))
                .hasMessageContaining("listed twice").hasMessageNotContaining("4255550101");
    }

    private static void parse(String yaml) {
        NumberRegistry.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yml");
    }
}
