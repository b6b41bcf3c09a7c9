package org.intercede.sms.redis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisKeysTest {

    @Test
    void keysCarryThePrefixAndAClusterHashTag() {
        RedisKeys keys = new RedisKeys("icd");
        assertThat(keys.key("outbound", "stream")).isEqualTo("icd:{outbound}:stream");
        assertThat(keys.key("c123", "m", "abc")).isEqualTo("icd:{c123}:m:abc");
        assertThat(keys.all()).isEqualTo("icd:*");
    }

    @Test
    void thePrefixIsConfigurable() {
        assertThat(new RedisKeys(new RedisSettings(null, "ngo-a", 4, false)).key("x")).isEqualTo("ngo-a:{x}");
    }

    @Test
    void segmentsThatWouldBreakTheHashTagAreRefused() {
        RedisKeys keys = new RedisKeys("icd");
        assertThatThrownBy(() -> keys.key("a}b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.key("a", "b:c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> keys.key("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisKeys("bad prefix")).isInstanceOf(IllegalArgumentException.class);
    }
}
