package org.intercede.sms.privacy;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PiiHasherTest {

    @Test
    void matchesTheHmacSha256ReferenceValue() {
        // RFC 4231 test case 2 ("Jefe"), padded: computed independently with
        // printf 'what do ya want for nothing?' | openssl dgst -sha256 -hmac "$(printf 'Jefe%.0s' 1 2 3 4 5 6 7 8)"
        byte[] key = "JefeJefeJefeJefeJefeJefeJefeJefe".getBytes(StandardCharsets.US_ASCII);
        assertThat(new PiiHasher(key).hash("what do ya want for nothing?")).isEqualTo(REFERENCE);
    }

    @Test
    void theSameValueAlwaysHashesTheSameAndOtherKeysDiffer() {
        PiiHasher hasher = new PiiHasher(PiiSealerTest.filled(1));
        assertThat(hasher.hash("+12065550101")).isEqualTo(new PiiHasher(PiiSealerTest.filled(1)).hash("+12065550101"))
                .hasSize(32).matches("[0-9a-f]+");
        assertThat(hasher.hash("+12065550101")).isNotEqualTo(new PiiHasher(PiiSealerTest.filled(2)).hash("+12065550101"));
        assertThat(hasher.hash("+12065550101")).isNotEqualTo(hasher.hash("+12065550102"));
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new PiiHasher(new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    static final String REFERENCE = "167f928588c5cc2eef8e3093caa0e87c";
}
