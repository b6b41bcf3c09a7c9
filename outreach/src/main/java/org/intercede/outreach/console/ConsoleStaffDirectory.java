package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.cases.Caseworker;
import org.intercede.outreach.cases.StaffDirectory;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;

import java.util.List;

/**
 * The console's active accounts, as routing and alerts see them. Every reply reads this list (twice: is it from
 * a staff phone, who should take it), so it is kept for a moment rather than read from Redis each time; an
 * account change reaches routing within {@link #KEPT_NANOS}.
 */
@Singleton
public class ConsoleStaffDirectory implements StaffDirectory {
    static final long KEPT_NANOS = 2_000_000_000L;
    private final UserStore users;
    private volatile List<Caseworker> cached;
    private volatile long readAt;

    public ConsoleStaffDirectory(UserStore users) {
        this.users = users;
    }

    @Override
    public List<Caseworker> staff() {
        List<Caseworker> current = cached;
        if (current != null && System.nanoTime() - readAt < KEPT_NANOS) {
            return current;
        }
        current = users.list().stream().filter(u -> !u.disabled())
                .map(u -> new Caseworker(u.id(), u.displayName(), u.languages(), u.capacity(),
                        u.role().atLeast(Role.SUPERVISOR), u.onCall(), u.phone()))
                .toList();
        cached = current;
        readAt = System.nanoTime();
        return current;
    }
}
