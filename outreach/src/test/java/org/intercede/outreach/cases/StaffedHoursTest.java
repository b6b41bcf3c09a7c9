package org.intercede.outreach.cases;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StaffedHoursTest {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest(name = "{0} at {1} is staffed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mon-Fri 09:00-18:00              | 2026-03-02T08:00:00Z | true
            Mon-Fri 09:00-18:00              | 2026-03-02T07:59:00Z | false
            Mon-Fri 09:00-18:00              | 2026-03-02T17:00:00Z | false
            Mon-Fri 09:00-18:00              | 2026-03-07T10:00:00Z | false
            Mon-Fri 09:00-18:00, Sat 10:00-14:00 | 2026-03-07T10:00:00Z | true
            Fri 20:00-02:00                  | 2026-03-07T00:30:00Z | true
            Fri 20:00-02:00                  | 2026-03-07T01:30:00Z | false
            Sun 18:00-24:00                  | 2026-03-08T22:30:00Z | true
            always                           | 2026-03-08T03:00:00Z | true
            """)
    void aRotaIsReadInItsOwnTimeZone(String rota, String at, boolean staffed) {
        assertThat(StaffedHours.parse(rota, PARIS).isStaffed(Instant.parse(at))).isEqualTo(staffed);
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @CsvSource(delimiter = '|', textBlock = """
            Mon-Fri
            Mon-Fri 9-18
            Funday 09:00-18:00
            Mon 09:00-09:00
            """)
    void aRotaThatCannotBeReadIsRefusedWithTheWayToWriteIt(String rota) {
        assertThatThrownBy(() -> StaffedHours.parse(rota, PARIS)).hasMessageContaining("Mon-Fri 09:00-18:00");
    }
}
