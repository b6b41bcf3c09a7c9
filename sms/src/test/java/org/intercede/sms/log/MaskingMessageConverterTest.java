package org.intercede.sms.log;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingMessageConverterTest {

    @Test
    void numbersInAnyCommonLayoutAreMasked() {
        assertThat(MaskingMessageConverter.mask("from +12065550101 to +447400123456"))
                .isEqualTo("from +1******0101 to +44******3456");
        assertThat(MaskingMessageConverter.mask("call 206-555-0101 or (206) 555 0102"))
                .doesNotContain("555-0101").doesNotContain("555 0102").contains("0101").contains("0102");
    }

    @Test
    void shortNumbersLikePortsTimesAndCountsAreLeftAlone() {
        String line = "Started on port 8080 in 1234 ms at 12:30, 3 workers, message 01a2f";
        assertThat(MaskingMessageConverter.mask(line)).isEqualTo(line);
    }

    @Test
    void alreadyMaskedNumbersStayAsTheyAre() {
        assertThat(MaskingMessageConverter.mask("to +1******0101")).isEqualTo("to +1******0101");
    }
}
