package org.intercede.outreach.cases;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CaseRouterTest {
    private static final Caseworker ANA = new Caseworker("ana", "Ana", List.of("en"), 2, false, false, null);
    private static final Caseworker BEN = new Caseworker("ben", "Ben", List.of("en", "es"), 4, false, false, null);
    private static final Caseworker CAL = new Caseworker("cal", "Cal", List.of("en"), 4, false, false, null);
    private static final List<Caseworker> STAFF = List.of(ANA, BEN, CAL);

    private static Optional<String> choose(String language, String previous, Set<String> online, Map<String, Long> loads) {
        return CaseRouter.choose(language, previous, STAFF, online, loads).map(Caseworker::id);
    }

    @Test
    void thePreviousCaseworkerKeepsThePersonWhileOnlineEvenAtCapacity() {
        assertThat(choose("en", "ana", Set.of("ana", "ben"), Map.of("ana", 2L))).contains("ana");
    }

    @Test
    void aPreviousCaseworkerWhoIsOfflineIsPassedOver() {
        assertThat(choose("en", "ana", Set.of("ben"), Map.of())).contains("ben");
    }

    @Test
    void aSpeakerOfThePersonsLanguageComesBeforeALessLoadedColleague() {
        assertThat(choose("es", null, Set.of("ben", "cal"), Map.of("ben", 3L, "cal", 0L))).contains("ben");
    }

    @Test
    void otherwiseTheLeastLoadedForTheirCapacityTakesIt() {
        assertThat(choose("en", null, Set.of("ana", "cal"), Map.of("ana", 1L, "cal", 1L))).contains("cal");
    }

    @Test
    void nobodyAtCapacityOrOfflineIsChosen() {
        assertThat(choose("es", null, Set.of("ana"), Map.of("ana", 2L))).isEmpty();
        assertThat(choose("en", null, Set.of(), Map.of())).isEmpty();
    }
}
