package org.intercede.sms.privacy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PiiSealerTest {
    private static final byte[] KEY = filled(7);
    private final PiiSealer sealer = new PiiSealer(KEY);

    @Test
    void sealedValuesOpenToTheOriginalText() {
        String text = "+12065550101 said: can we meet? ñ 😀";
        assertThat(sealer.open(sealer.seal(text))).isEqualTo(text);
        assertThat(sealer.open(sealer.seal(""))).isEmpty();
    }

    @Test
    void theSameTextSealsDifferentlyEachTimeAndNeverInClear() {
        String first = sealer.seal("+12065550101");
        String second = sealer.seal("+12065550101");
        assertThat(first).isNotEqualTo(second).doesNotContain("2065550101");
    }

    @Test
    void anyChangedByteIsDetected() {
        byte[] raw = Base64.getUrlDecoder().decode(sealer.seal("a message body"));
        for (int i = 1; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertThatThrownBy(() -> sealer.open(encoded)).as("byte %d", i).isInstanceOf(SealException.class);
        }
    }

    @Test
    void aValueSealedUnderAnotherKeyDoesNotOpen() {
        String sealed = new PiiSealer(filled(8)).seal("secret");
        assertThatThrownBy(() -> sealer.open(sealed)).isInstanceOf(SealException.class).hasMessageContaining("another key");
    }

    @Test
    void truncatedAndGarbageValuesAreRejected() {
        assertThatThrownBy(() -> sealer.open("AQ")).isInstanceOf(SealException.class);
        assertThatThrownBy(() -> sealer.open("not base64 !")).isInstanceOf(SealException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new PiiSealer(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }

    @Test
    void manyThreadsSealingAndOpeningAtOnceEachGetTheirOwnValuesBack() throws Exception {
        PiiSealer other = new PiiSealer(filled(9));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        String value = "+1206555" + thread + i;
                        // Two sealers (two keys) on the same threads: each value opens only under its own key.
                        if (!sealer.open(sealer.seal(value)).equals(value) || !other.open(other.seal(value)).equals(value)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
            assertThatThrownBy(() -> other.open(sealer.seal("x"))).isInstanceOf(SealException.class);
        } finally {
            pool.shutdownNow();
        }
    }
}
