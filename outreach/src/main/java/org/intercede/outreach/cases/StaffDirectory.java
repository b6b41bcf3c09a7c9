package org.intercede.outreach.cases;

import java.util.List;
import java.util.Optional;

/** The console's accounts as routing and alerts need them: active caseworkers, supervisors and admins. */
public interface StaffDirectory {

    List<Caseworker> staff();

    default Optional<Caseworker> find(String id) {
        return staff().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
