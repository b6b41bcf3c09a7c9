package org.intercede.outreach.cases;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Puts cases in someone's hands ({@link CaseRouter} decides who) and picks up waiting cases when capacity frees. */
@Singleton
public class CaseAssigner {
    private final CaseStore store;
    private final StaffDirectory staff;
    private final Presence presence;
    private final CaseEvents events;

    public CaseAssigner(CaseStore store, StaffDirectory staff, Presence presence, CaseEvents events) {
        this.store = store;
        this.staff = staff;
        this.presence = presence;
        this.events = events;
    }

    /** Assigns the case if it is unassigned and someone suitable is available; returns who took it. */
    public Optional<String> route(SupportCase supportCase) {
        if (supportCase.isAssigned() || supportCase.hostile() || supportCase.status() == CaseStatus.RESOLVED) {
            return Optional.empty();
        }
        List<Caseworker> people = staff.staff();
        Set<String> online = presence.online();
        if (online.isEmpty() || people.isEmpty()) {
            return Optional.empty();
        }
        String previous = store.previousHandler(supportCase.theirNumber()).orElse(null);
        Map<String, Long> loads = store.loads(people.stream().map(Caseworker::id).toList());
        Optional<Caseworker> chosen = CaseRouter.choose(supportCase.language(), previous, people, online, loads);
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Caseworker person = chosen.get();
        boolean assigned = person.id().equals(previous)
                ? store.assignWithinCapacity(supportCase.id(), person.id(), Integer.MAX_VALUE)
                : store.assignWithinCapacity(supportCase.id(), person.id(), person.capacity());
        if (!assigned) {
            return Optional.empty();
        }
        events.publish(CaseEvents.Kind.UPDATE, supportCase.id());
        return Optional.of(person.id());
    }

    /** Offers the longest-waiting unassigned cases to whoever has room; returns how many were taken. */
    public int pickUpWaiting() {
        if (presence.online().isEmpty()) {
            return 0;
        }
        int taken = 0;
        for (SupportCase waiting : store.findAll(store.oldestUnassigned(50))) {
            // A case nobody has room for does not stop the others: one in another language may still fit.
            if (route(waiting).isPresent()) {
                taken++;
            }
        }
        return taken;
    }
}
