package org.intercede.outreach.cases;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who should take a case, in the order caseworkers and the people they help expect: the caseworker who
 * handled this person before (continuity matters more than balance, so their load does not count); else
 * someone online who speaks the person's language; else whoever online is least loaded. Only caseworkers
 * online and under their capacity are chosen by the last two rules; with nobody available the case waits,
 * unassigned, until someone frees capacity.
 */
public final class CaseRouter {

    private CaseRouter() {
    }

    /**
     * @param previous the caseworker who answered this person before, or null
     * @param online   ids of the caseworkers whose console is connected
     * @param loads    unresolved cases per caseworker id
     */
    public static Optional<Caseworker> choose(String language, String previous, List<Caseworker> staff,
                                              Set<String> online, Map<String, Long> loads) {
        if (previous != null) {
            Optional<Caseworker> same = staff.stream()
                    .filter(c -> c.id().equals(previous) && online.contains(c.id())).findFirst();
            if (same.isPresent()) {
                return same;
            }
        }
        List<Caseworker> available = staff.stream()
                .filter(c -> online.contains(c.id()) && loads.getOrDefault(c.id(), 0L) < c.capacity())
                .toList();
        Comparator<Caseworker> leastLoaded = Comparator
                .comparingDouble((Caseworker c) -> (double) loads.getOrDefault(c.id(), 0L) / c.capacity())
                .thenComparing(Caseworker::id);
        if (language != null) {
            Optional<Caseworker> speaker = available.stream()
                    .filter(c -> c.languages().contains(language)).min(leastLoaded);
            if (speaker.isPresent()) {
                return speaker;
            }
        }
        return available.stream().min(leastLoaded);
    }
}
