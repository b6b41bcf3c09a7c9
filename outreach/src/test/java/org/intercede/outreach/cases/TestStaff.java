package org.intercede.outreach.cases;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Staff set by the test itself, for routing tests that are about cases, not accounts. */
@Singleton
@Replaces(StaffDirectory.class)
@Requires(property = "intercede.test.staff", value = "true")
public class TestStaff implements StaffDirectory {
    private final List<Caseworker> people = new CopyOnWriteArrayList<>();

    public TestStaff add(Caseworker person) {
        people.add(person);
        return this;
    }

    @Override
    public List<Caseworker> staff() {
        return List.copyOf(people);
    }
}
