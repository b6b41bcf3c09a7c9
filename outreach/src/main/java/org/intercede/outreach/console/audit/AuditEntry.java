package org.intercede.outreach.console.audit;

import java.time.Instant;

/**
 * One line of the console's audit trail.
 *
 * @param id     the stream entry id ({@code 1767225600000-0}); pass it to {@link AuditLog#page} for older entries
 * @param actor  the user id who acted, or {@link AuditLog#SYSTEM}
 * @param action a short verb: login, login-failed, lockout, logout, view-case, reveal-number, reply, assign...
 * @param target a case id, a username, or null
 * @param detail a few words, or null; never a phone number or message text
 */
public record AuditEntry(String id, Instant at, String actor, String action, String target, String detail) {
}
