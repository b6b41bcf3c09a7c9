package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.cases.CaseAssigner;
import org.intercede.outreach.cases.CaseEvents;
import org.intercede.outreach.cases.CaseNotes;
import org.intercede.outreach.cases.CaseStatus;
import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person at the console can do with a case. Every call checks that they may (see {@link CaseAccess}),
 * writes who did what to the audit log, and tells every open console.
 */
@Singleton
public class CaseDesk {
    /** Twilio's longest message body (10 segments of GSM-7 text, roughly). */
    public static final int MAX_REPLY_CHARS = 1_600;
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} _-]{1,30}");
    private final CaseStore store;
    private final CaseNotes notes;
    private final CaseAssigner assigner;
    private final CaseEvents events;
    private final OutboundQueue outbound;
    private final OptOutStore optOuts;
    private final AuditLog audit;

    public CaseDesk(CaseStore store, CaseNotes notes, CaseAssigner assigner, CaseEvents events, OutboundQueue outbound,
                    OptOutStore optOuts, AuditLog audit) {
        this.store = store;
        this.notes = notes;
        this.assigner = assigner;
        this.events = events;
        this.outbound = outbound;
        this.optOuts = optOuts;
        this.audit = audit;
    }

    /** The case, if it exists and this user may open it; the view is audited. Otherwise empty (a 404). */
    public Optional<SupportCase> open(ConsoleUser user, String caseId) {
        Optional<SupportCase> found = store.find(caseId).filter(c -> CaseAccess.canOpen(user, c));
        if (found.isPresent()) {
            audit.append(user.id(), "view-case", caseId, null);
        } else {
            audit.append(user.id(), "view-case-refused", caseId, null);
        }
        return found;
    }

    /** Sends a caseworker's reply from the outreach number the person wrote to. */
    public StoredMessage reply(ConsoleUser user, SupportCase supportCase, String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Write a message first.");
        }
        if (text.length() > MAX_REPLY_CHARS) {
            throw new IllegalArgumentException("A message can be at most " + MAX_REPLY_CHARS + " characters.");
        }
        if (supportCase.optedOut() || optOuts.isOptedOut(NumberRole.OUTREACH, supportCase.theirNumber())) {
            throw new IllegalArgumentException("This person asked not to be texted. They can text START to change that.");
        }
        StoredMessage sent = outbound.enqueue(OutboundRequest.reply(supportCase.ourNumber(), supportCase.theirNumber(),
                text.strip()).purpose("caseworker-reply"));
        store.recordReply(supportCase.id(), user.id());
        if (!supportCase.isAssigned()) {
            // Answering an unassigned case takes it: the person now has a caseworker.
            store.assign(supportCase.id(), user.id());
        }
        audit.append(user.id(), "reply", supportCase.id(), null);
        events.publish(CaseEvents.Kind.MESSAGE, supportCase.id());
        return sent;
    }

    public CaseNotes.Note note(ConsoleUser user, SupportCase supportCase, String text) {
        CaseNotes.Note note = notes.add(supportCase.id(), user.id(), text);
        audit.append(user.id(), "note", supportCase.id(), null);
        events.publish(CaseEvents.Kind.UPDATE, supportCase.id());
        return note;
    }

    public void label(ConsoleUser user, SupportCase supportCase, String label, boolean add) {
        String clean = label == null ? "" : label.strip().toLowerCase(java.util.Locale.ROOT);
        if (!LABEL.matcher(clean).matches()) {
            throw new IllegalArgumentException("A label is 1 to 30 letters, digits, spaces or dashes.");
        }
        if (add) {
            store.addLabel(supportCase.id(), clean);
        } else {
            store.removeLabel(supportCase.id(), clean);
        }
        audit.append(user.id(), add ? "add-label" : "remove-label", supportCase.id(), clean);
        events.publish(CaseEvents.Kind.UPDATE, supportCase.id());
    }

    public void status(ConsoleUser user, SupportCase supportCase, CaseStatus status, Instant snoozeUntil, Instant now) {
        if (status == CaseStatus.SNOOZED && (snoozeUntil == null || !snoozeUntil.isAfter(now))) {
            throw new IllegalArgumentException("Choose a time in the future to snooze until.");
        }
        store.setStatus(supportCase.id(), status, snoozeUntil);
        audit.append(user.id(), "status", supportCase.id(), status.label());
        events.publish(CaseEvents.Kind.UPDATE, supportCase.id());
        if (status == CaseStatus.RESOLVED) {
            assigner.pickUpWaiting();
        }
    }

    /** @param toUserId the caseworker to hand it to, or null to put it back in the unassigned list */
    public void assign(ConsoleUser user, SupportCase supportCase, String toUserId) {
        if (!CaseAccess.canAssign(user, supportCase, toUserId)) {
            throw new org.intercede.outreach.console.auth.ConsoleForbiddenException("Only its caseworker or a supervisor can hand this case on.");
        }
        store.assign(supportCase.id(), toUserId);
        audit.append(user.id(), toUserId == null ? "unassign" : "assign", supportCase.id(), toUserId);
        events.publish(CaseEvents.Kind.UPDATE, supportCase.id());
        if (toUserId == null || supportCase.isAssigned()) {
            assigner.pickUpWaiting();
        }
    }

    /** The person's full number, for a caseworker who must call them; every reveal is audited. */
    public String reveal(ConsoleUser user, SupportCase supportCase) {
        audit.append(user.id(), "reveal-number", supportCase.id(), null);
        return supportCase.theirNumber();
    }
}
