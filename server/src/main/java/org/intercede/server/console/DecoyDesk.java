package org.intercede.server.console;

import jakarta.inject.Singleton;
import org.intercede.bot.live.Takeovers;
import org.intercede.outreach.console.CaseDesk;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;

/**
 * Taking decoy conversations over from the console, through the same {@link Takeovers} as the admin API, with
 * the admin's id in the audit log. Conversations are named by id only; what is written is never logged.
 */
@Singleton
public class DecoyDesk {
    private final Takeovers takeovers;
    private final AuditLog audit;

    public DecoyDesk(Takeovers takeovers, AuditLog audit) {
        this.takeovers = takeovers;
        this.audit = audit;
    }

    public void takeOver(ConsoleUser admin, String conversation) {
        takeovers.takeOver(conversation);
        audit.append(admin.id(), "decoy-takeover", conversation, null);
    }

    public void handBack(ConsoleUser admin, String conversation) {
        takeovers.handBack(conversation);
        audit.append(admin.id(), "decoy-handback", conversation, null);
    }

    /** Sent from the decoy number, as the persona; only while the conversation is taken over. */
    public void send(ConsoleUser admin, String conversation, String text) {
        if (text != null && text.length() > CaseDesk.MAX_REPLY_CHARS) {
            throw new IllegalArgumentException("A message can be at most " + CaseDesk.MAX_REPLY_CHARS + " characters.");
        }
        takeovers.send(conversation, text == null ? null : text.strip());
        audit.append(admin.id(), "decoy-send", conversation, null);
    }
}
