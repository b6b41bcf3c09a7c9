package org.intercede.sms.privacy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretKeysTest {
    @TempDir
    Path data;

    private static String base64(int value) {
        return Base64.getEncoder().encodeToString(PiiSealerTest.filled(value));
    }

    @Test
    void keysComeFromTheEnvironment() {
        SecretKeys keys = new SecretKeys(Map.of("INTERCEDE_HASH_KEY", base64(1), "INTERCEDE_PII_KEY", base64(2)), data, true);
        assertThat(keys.hashKey()).isEqualTo(PiiSealerTest.filled(1));
        assertThat(keys.piiKey()).isEqualTo(PiiSealerTest.filled(2));
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void keysComeFromAFileTheEnvironmentNames() throws Exception {
        Path file = Files.writeString(data.resolve("pii"), base64(3) + "\n");
        SecretKeys keys = new SecretKeys(Map.of("INTERCEDE_PII_KEY_FILE", file.toString()), data, true);
        assertThat(keys.piiKey()).isEqualTo(PiiSealerTest.filled(3));
    }

    @Test
    void inDevelopmentAMissingKeyIsGeneratedOnceAndKept() {
        byte[] first = new SecretKeys(Map.of(), data, false).piiKey();
        byte[] second = new SecretKeys(Map.of(), data, false).piiKey();
        assertThat(first).hasSize(32).isEqualTo(second);
        assertThat(data.resolve("keys/pii.key")).exists();
        assertThat(new SecretKeys(Map.of(), data, false).hashKey()).isNotEqualTo(first);
    }

    @Test
    void productionRefusesToRunWithoutKeys() {
        assertThatThrownBy(() -> new SecretKeys(Map.of(), data, true).hashKey())
                .isInstanceOf(MissingSecretException.class)
                .hasMessageContaining("INTERCEDE_HASH_KEY is not set");
        assertThat(data.resolve("keys")).doesNotExist();
    }

    @Test
    void aKeyOfTheWrongSizeOrEncodingIsRefusedWithoutEchoingIt() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertThatThrownBy(() -> new SecretKeys(Map.of("INTERCEDE_PII_KEY", shortKey), data, false).piiKey())
                .isInstanceOf(MissingSecretException.class).hasMessageContaining("32 bytes").hasMessageNotContaining(shortKey);
        assertThatThrownBy(() -> new SecretKeys(Map.of("INTERCEDE_PII_KEY", "%%%not-base64"), data, false).piiKey())
                .isInstanceOf(MissingSecretException.class).hasMessageNotContaining("%%%not-base64");
    }
}
