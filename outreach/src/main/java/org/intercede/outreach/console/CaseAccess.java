package org.intercede.outreach.console;

import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.Role;

/**
 * Who may open a case. Supervisors and admins see every case; a caseworker sees their own cases and the
 * unassigned ones they could pick up, but not a colleague's (nor flagged hostile ones, which are for a
 * supervisor), whatever id they type.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean canOpen(ConsoleUser user, SupportCase supportCase) {
        if (user.role().atLeast(Role.SUPERVISOR)) {
            return true;
        }
        if (supportCase.isAssigned()) {
            return supportCase.assignee().equals(user.id());
        }
        return !supportCase.hostile();
    }

    /** Handing a case to someone else (or to nobody) is for its own caseworker and for supervisors. */
    public static boolean canAssign(ConsoleUser user, SupportCase supportCase, String toUserId) {
        if (user.role().atLeast(Role.SUPERVISOR)) {
            return true;
        }
        if (!supportCase.isAssigned()) {
            return user.id().equals(toUserId);
        }
        return supportCase.assignee().equals(user.id());
    }
}
