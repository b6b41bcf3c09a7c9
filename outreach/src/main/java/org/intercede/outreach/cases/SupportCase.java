package org.intercede.outreach.cases;

import java.time.Instant;
import java.util.Set;

/**
 * One person writing to one of our outreach numbers. The id is the conversation id (a keyed hash of the two
 * numbers), so the thread is the gateway's stored conversation.
 *
 * @param assignee       the caseworker's user id, or null
 * @param triage         the label of the person's latest reply ({@code crisis}, {@code help_request}, ...)
 * @param awaitingSince  when the oldest message we have not answered arrived, or null when answered
 * @param responseDue    when the supervisors are alerted if it is still unanswered, or null
 * @param preview        the latest message from the person (opened for display only)
 * @param city           the first city the ads of this number named, or null
 */
public record SupportCase(
        String id,
        String ourNumber,
        String theirNumber,
        CaseStatus status,
        String assignee,
        boolean urgent,
        boolean hostile,
        boolean optedOut,
        String triage,
        String language,
        String jurisdiction,
        Set<String> labels,
        Instant openedAt,
        Instant lastActivityAt,
        Instant awaitingSince,
        Instant responseDue,
        Instant firstResponseAt,
        Instant snoozedUntil,
        String preview,
        String city,
        int inbound,
        int outbound) {

    public boolean isAssigned() {
        return assignee != null;
    }

    public boolean awaitingReply() {
        return awaitingSince != null;
    }
}
