package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.cases.Caseworker;
import org.intercede.outreach.cases.StaffDirectory;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;

import java.util.List;

/** The console's active accounts, as routing and alerts see them. */
@Singleton
public class ConsoleStaffDirectory implements StaffDirectory {
    private final UserStore users;

    public ConsoleStaffDirectory(UserStore users) {
        this.users = users;
    }

    @Override
    public List<Caseworker> staff() {
        return users.list().stream().filter(u -> !u.disabled())
                .map(u -> new Caseworker(u.id(), u.displayName(), u.languages(), u.capacity(),
                        u.role().atLeast(Role.SUPERVISOR), u.onCall(), u.phone()))
                .toList();
    }
}
