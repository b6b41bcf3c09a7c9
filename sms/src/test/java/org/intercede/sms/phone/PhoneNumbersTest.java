package org.intercede.sms.phone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumbersTest {

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource({
            "(425) 555-0101, US, +14255550101",
            "425.555.0101, US, +14255550101",
            "1-425-555-0101, US, +14255550101",
            "+1 425 555 0101, GB, +14255550101",
            "07400 123456, GB, +447400123456",
            "+44 7400 123456, US, +447400123456",
            "06 12 34 56 78, FR, +33612345678",
            "'+33 6 12 34 56 78', , +33612345678",
    })
    void nationalAndInternationalNumbersBecomeE164(String raw, String region, String expected) {
        assertThat(PhoneNumbers.toE164(raw, region)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "12", "425 555 010", "+1 425 555 01011", "650 253 OOOO", "+999 1234 5678"})
    void numbersThatAreNotValidAreRejectedWithAClearError(String raw) {
        assertThatThrownBy(() -> PhoneNumbers.toE164(raw, "US"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageNotContaining(raw.isBlank() ? "\u0000" : raw);
    }

    @Test
    void twilioNumbersMustCarryTheirCountryCode() {
        assertThat(PhoneNumbers.toE164("+14255550101")).isEqualTo("+14255550101");
        assertThatThrownBy(() -> PhoneNumbers.toE164("4255550101")).isInstanceOf(InvalidPhoneNumberException.class);
    }

    @ParameterizedTest(name = "{0} is masked as {1}")
    @CsvSource({
            "+12065550101, +1******0101",
            "+447400123456, +44******3456",
            "+33612345678, +33*****5678",
            "4255550101, ******0101",
            "123, ***",
    })
    void masksKeepTheCountryCodeAndTheLastFourDigits(String number, String masked) {
        assertThat(PhoneNumbers.mask(number)).isEqualTo(masked);
    }

    @Test
    void regionIsReadFromTheNumber() {
        assertThat(PhoneNumbers.regionOf("+447400123456")).isEqualTo("GB");
        assertThat(PhoneNumbers.regionOf("+12065550101")).isEqualTo("US");
    }
}
