package org.intercede.outreach.cases;

import jakarta.inject.Singleton;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Telling people that a case needs them now. Every alert shows in the consoles (live, and in the list of
 * alerts whose case is still unanswered); crisis and overdue alerts are also texted to the own phones of
 * staff who are on call, with a text that names nobody.
 */
@Singleton
public class CaseAlerts {
    /** Why an alert was raised. */
    public enum Kind {
        /** A reply read as a crisis: for the on-call caseworker first. */
        CRISIS,
        /** Nobody answered within the response time: for the supervisors. */
        OVERDUE,
        /** A hostile reply: for a supervisor to look at; nothing is sent back automatically. */
        HOSTILE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public record Alert(String id, Kind kind, String caseId, Instant at) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CaseAlerts.class);
    private static final long KEPT = 10_000;
    private final UnifiedJedis redis;
    private final String stream;
    private final CaseEvents events;
    private final StaffDirectory staff;
    private final OutboundQueue outbound;
    private final PromptCatalog prompts;
    private final CaseSettings settings;
    private final Clock clock;

    public CaseAlerts(UnifiedJedis redis, RedisKeys keys, CaseEvents events, StaffDirectory staff,
                      OutboundQueue outbound, PromptCatalog prompts, CaseSettings settings, Clock clock) {
        this.redis = redis;
        this.stream = new CaseKeys(keys).alerts();
        this.events = events;
        this.staff = staff;
        this.outbound = outbound;
        this.prompts = prompts;
        this.settings = settings;
        this.clock = clock;
    }

    public void raise(Kind kind, SupportCase supportCase) {
        redis.xadd(stream, XAddParams.xAddParams().maxLen(KEPT).approximateTrimming(),
                Map.of("kind", kind.name(), "case", supportCase.id(), "at", Long.toString(clock.millis())));
        events.publish(CaseEvents.Kind.ALERT, supportCase.id(), kind.label());
        if (kind != Kind.HOSTILE) {
            textOnCallStaff(kind, supportCase);
        }
    }

    /** The latest alerts, newest first. */
    public List<Alert> recent(int count) {
        List<StreamEntry> entries = redis.xrevrange(stream, (StreamEntryID) null, null, count);
        return entries.stream().map(e -> new Alert(e.getID().toString(), Kind.valueOf(e.getFields().get("kind")),
                e.getFields().get("case"), Instant.ofEpochMilli(Long.parseLong(e.getFields().get("at"))))).toList();
    }

    private void textOnCallStaff(Kind kind, SupportCase supportCase) {
        Catalog catalog = prompts.current();
        String key = "staff.alert." + kind.label();
        if (!catalog.has(key)) {
            return;
        }
        String from = settings.alertFrom().isBlank() ? supportCase.ourNumber() : settings.alertFrom();
        String body = catalog.render(key, "en", Map.of());
        for (Caseworker person : staff.staff()) {
            if (!person.onCall() || person.phone() == null) {
                continue;
            }
            if (kind == Kind.OVERDUE && !person.supervisor()) {
                continue;
            }
            try {
                // One alert per kind, case and person: a retried tick must not text staff twice.
                outbound.enqueue(OutboundRequest.reply(from, person.phone(), body).purpose("staff-alert")
                        .idempotencyKey("alert-" + kind.label() + "-" + supportCase.id() + "-" + person.id()
                                + "-" + supportCase.awaitingSince()));
            } catch (IllegalArgumentException e) {
                LOG.warn("Could not text an alert to staff member {}: {}", person.id(), e.getMessage());
            }
        }
    }
}
