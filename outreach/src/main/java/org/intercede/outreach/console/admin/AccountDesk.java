package org.intercede.outreach.console.admin;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.outreach.console.auth.LoginThrottle;
import org.intercede.outreach.console.auth.NewUser;
import org.intercede.outreach.console.auth.Passwords;
import org.intercede.outreach.console.auth.Role;
import org.intercede.outreach.console.auth.UserStore;

import java.util.List;

/**
 * What an admin does to accounts from the console. {@link UserStore} checks the fields and audits each change
 * with the admin's id; this adds the rules that keep an admin from locking themselves out, and generated
 * passwords that are returned once and never stored in clear.
 */
@Singleton
public class AccountDesk {
    private final UserStore users;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    public AccountDesk(UserStore users, LoginThrottle throttle, AuditLog audit) {
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
    }

    /** A new account with a generated password, which is returned: the only time anyone sees it. */
    public Created create(ConsoleUser admin, NewUser user) {
        String password = Passwords.readable();
        return new Created(users.create(admin.id(), user, password), password);
    }

    public record Created(ConsoleUser user, String password) {
    }

    /**
     * Changes everything but the username and password.
     *
     * @param phone the new phone; blank keeps the one on file
     */
    public ConsoleUser update(ConsoleUser admin, String id, String displayName, Role role, List<String> languages,
                              int capacity, String phone, boolean removePhone, boolean onCall) {
        ConsoleUser before = existing(id);
        if (before.id().equals(admin.id()) && role != Role.ADMIN) {
            throw new IllegalArgumentException("You cannot take the admin role from your own account: ask another admin.");
        }
        String newPhone = removePhone ? null : phone == null || phone.isBlank() ? before.phone() : phone;
        return users.update(admin.id(), id, displayName, role, languages, capacity, newPhone, onCall);
    }

    /** A new generated password, returned once; every session of the account ends. */
    public String resetPassword(ConsoleUser admin, String id) {
        if (existing(id).id().equals(admin.id())) {
            // The new password would end this very session before the page could show it.
            throw new IllegalArgumentException("You cannot reset your own password here: use ./intercede users passwd.");
        }
        String password = Passwords.readable();
        users.setPassword(admin.id(), id, password);
        return password;
    }

    public void disable(ConsoleUser admin, String id) {
        if (existing(id).id().equals(admin.id())) {
            throw new IllegalArgumentException("You cannot disable your own account.");
        }
        users.disable(admin.id(), id);
    }

    public void enable(ConsoleUser admin, String id) {
        users.enable(admin.id(), id);
    }

    /** Lifts a lock from failed sign-ins at once. */
    public void unlock(ConsoleUser admin, String id) {
        ConsoleUser user = existing(id);
        throttle.unlock(user.username());
        audit.append(admin.id(), "unlock", user.username(), null);
    }

    private ConsoleUser existing(String id) {
        return users.find(id).orElseThrow(() -> new IllegalArgumentException("No such account."));
    }
}
