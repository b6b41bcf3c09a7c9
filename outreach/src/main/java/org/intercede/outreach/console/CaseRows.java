package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.Caseworker;
import org.intercede.outreach.cases.StaffDirectory;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.sms.phone.PhoneNumbers;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cases as the console's templates show them. Order in every list: urgent first, then whoever has waited
 * longest for an answer, then the most recently active.
 */
@Singleton
public class CaseRows {
    public static final Comparator<SupportCase> ORDER = Comparator.comparingDouble(
            (SupportCase c) -> CaseStore.queueOrder(c.urgent(), c.awaitingSince(), c.lastActivityAt()));
    private static final int PREVIEW_CHARS = 120;
    private final StaffDirectory staff;
    private final Clock clock;

    public CaseRows(StaffDirectory staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    public List<Map<String, Object>> rows(List<SupportCase> cases) {
        Map<String, String> names = staffNames();
        return cases.stream().sorted(ORDER).map(c -> row(c, names)).toList();
    }

    public Map<String, Object> row(SupportCase c) {
        return row(c, staffNames());
    }

    public Map<String, String> staffNames() {
        return staff.staff().stream().collect(Collectors.toMap(Caseworker::id, Caseworker::name, (a, b) -> a));
    }

    private Map<String, Object> row(SupportCase c, Map<String, String> names) {
        Instant now = clock.instant();
        Map<String, Object> row = new HashMap<>();
        row.put("id", c.id());
        row.put("urgent", c.urgent());
        row.put("hostile", c.hostile());
        row.put("optedOut", c.optedOut());
        row.put("status", c.status().label());
        row.put("triage", c.triage() == null ? "" : c.triage().replace('_', ' '));
        row.put("language", c.language() == null ? "" : c.language());
        row.put("who", PhoneNumbers.mask(c.theirNumber()));
        row.put("preview", c.preview().length() > PREVIEW_CHARS ? c.preview().substring(0, PREVIEW_CHARS) + "…" : c.preview());
        row.put("lastActivity", ConsoleModel.ago(c.lastActivityAt(), now));
        row.put("waiting", c.awaitingReply() ? ConsoleModel.ago(c.awaitingSince(), now).replace(" ago", "") : "");
        row.put("due", c.awaitingReply() ? ConsoleModel.until(c.responseDue(), now) : "");
        row.put("overdue", c.responseDue() != null && c.responseDue().isBefore(now));
        row.put("assignee", c.assignee());
        row.put("assigneeName", c.assignee() == null ? "Unassigned" : names.getOrDefault(c.assignee(), "someone"));
        row.put("labels", new TreeSet<>(c.labels()));
        row.put("city", c.city() == null ? "" : c.city());
        return row;
    }
}
