package org.intercede.outreach.console;

import jakarta.inject.Singleton;
import org.intercede.outreach.ads.PhoneIndex;
import org.intercede.outreach.ads.PhoneProfile;
import org.intercede.outreach.cases.CaseNotes;
import org.intercede.outreach.cases.CaseStatus;
import org.intercede.outreach.cases.CaseStore;
import org.intercede.outreach.cases.Caseworker;
import org.intercede.outreach.cases.StaffDirectory;
import org.intercede.outreach.cases.SupportCase;
import org.intercede.outreach.console.auth.ConsoleUser;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.message.Direction;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the case page shows: the thread, notes, labels, canned responses, people to assign, the contact panel. */
@Singleton
public class CaseView {
    private static final int THREAD_LIMIT = 200;
    private static final String CANNED_PREFIX = "caseworker.";
    private final CaseStore cases;
    private final CaseNotes notes;
    private final CaseRows rows;
    private final MessageStore messages;
    private final PhoneIndex phones;
    private final PromptCatalog prompts;
    private final StaffDirectory staff;
    private final Clock clock;

    public CaseView(CaseStore cases, CaseNotes notes, CaseRows rows, MessageStore messages, PhoneIndex phones,
                    PromptCatalog prompts, StaffDirectory staff, Clock clock) {
        this.cases = cases;
        this.notes = notes;
        this.rows = rows;
        this.messages = messages;
        this.phones = phones;
        this.prompts = prompts;
        this.staff = staff;
        this.clock = clock;
    }

    public Optional<SupportCase> find(ConsoleUser user, String id) {
        return cases.find(id).filter(c -> CaseAccess.canOpen(user, c));
    }

    public Map<String, Object> model(ConsoleUser user, SupportCase c) {
        Map<String, String> names = rows.staffNames();
        Map<String, Object> model = new HashMap<>();
        model.put("case", rows.row(c));
        model.put("messages", thread(c));
        model.put("notes", notes.list(c.id()).stream().map(n -> Map.<String, Object>of(
                "author", names.getOrDefault(n.authorId(), "a former colleague"),
                "when", ConsoleModel.when(n.at(), ZoneOffset.UTC) + " UTC", "text", n.text())).toList());
        model.put("canned", canned(user, c));
        model.put("staff", staff.staff().stream().map(s -> Map.of("id", s.id(), "name", s.name(),
                "current", s.id().equals(c.assignee()))).toList());
        model.put("statuses", java.util.Arrays.stream(CaseStatus.values()).map(s -> Map.of("id", s.label(),
                "current", s == c.status())).toList());
        model.put("profile", profile(c));
        model.put("canReply", !c.optedOut());
        return model;
    }

    private List<Map<String, Object>> thread(SupportCase c) {
        List<Map<String, Object>> shown = new ArrayList<>();
        for (StoredMessage m : messages.thread(c.id(), THREAD_LIMIT)) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", m.id());
            row.put("inbound", m.direction() == Direction.INBOUND);
            row.put("body", m.body());
            row.put("when", ConsoleModel.when(m.at(), ZoneOffset.UTC) + " UTC");
            row.put("status", m.direction() == Direction.INBOUND ? "" : m.status().name().toLowerCase(java.util.Locale.ROOT));
            shown.add(row);
        }
        return shown;
    }

    /** The catalog's canned responses in the person's language, signed with the caseworker's first name. */
    private List<Map<String, Object>> canned(ConsoleUser user, SupportCase c) {
        Catalog catalog = prompts.current();
        String firstName = new Caseworker(user.id(), user.displayName(), user.languages(), user.capacity(), false,
                false, null).firstName();
        String language = c.language() == null ? "en" : c.language();
        List<Map<String, Object>> canned = new ArrayList<>();
        for (String key : catalog.keys()) {
            if (key.startsWith(CANNED_PREFIX)) {
                String title = key.substring(CANNED_PREFIX.length()).replace('_', ' ');
                canned.add(Map.of("key", key, "title", title,
                        "text", catalog.render(key, language, Map.of("caseworker", firstName))));
            }
        }
        return canned;
    }

    private Map<String, Object> profile(SupportCase c) {
        Map<String, Object> profile = new HashMap<>();
        Optional<PhoneProfile> found = phones.profile(c.theirNumber());
        profile.put("known", found.isPresent());
        profile.put("ads", found.map(PhoneProfile::ads).orElse(0L));
        profile.put("cities", found.map(p -> String.join(", ", new java.util.TreeSet<>(p.cities()))).orElse(""));
        profile.put("firstSeen", found.map(p -> ConsoleModel.when(p.firstSeen(), ZoneOffset.UTC) + " UTC").orElse(""));
        profile.put("lastSeen", found.map(p -> ConsoleModel.ago(p.lastSeen(), clock.instant())).orElse(""));
        profile.put("flagged", found.map(PhoneProfile::flagged).orElse(false));
        return profile;
    }
}
