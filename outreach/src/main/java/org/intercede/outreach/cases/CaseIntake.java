package org.intercede.outreach.cases;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.intercede.nlp.lang.LanguageDetector;
import org.intercede.nlp.triage.ReplyTriage;
import org.intercede.nlp.triage.TriageReading;
import org.intercede.outreach.ads.PhoneIndex;
import org.intercede.outreach.ads.PhoneProfile;
import org.intercede.outreach.figures.OutreachFunnel;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A reply to outreach becomes (part of) a case: triaged, acted on, and put before the right caseworker.
 * <ul>
 *   <li>{@code opt_out}, in any words: suppressed at once and confirmed once; the case is closed.</li>
 *   <li>{@code crisis}: the case is urgent (top of every inbox), the on-call staff are alerted, and the
 *       catalog's crisis text goes out at once if enabled (at most once a day per case).</li>
 *   <li>{@code hostile}: flagged for a supervisor; nothing is sent back automatically.</li>
 * </ul>
 * Outside staffed hours the after-hours text goes out once, until a caseworker answers.
 */
@Singleton
public class CaseIntake {
    static final String PURPOSE = "case-auto-reply";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CaseIntake.class);
    private static final Duration CRISIS_REPLY_GAP = Duration.ofHours(24);
    /** Shorter texts ("ok", "who?") say too little to tell a language: the ads' language decides then. */
    private static final int MIN_LETTERS_FOR_LANGUAGE = 12;

    private final Provider<ReplyTriage> triage;
    private final Provider<LanguageDetector> languages;
    private final CaseStore store;
    private final CaseAssigner assigner;
    private final CaseAlerts alerts;
    private final CaseEvents events;
    private final OptOutStore optOuts;
    private final OutboundQueue outbound;
    private final PromptCatalog prompts;
    private final PhoneIndex phones;
    private final CaseSettings settings;
    private final StaffedHours hours;
    private final Clock clock;
    private final OutreachFunnel funnel;
    private final StaffDirectory staff;

    public CaseIntake(Provider<ReplyTriage> triage, Provider<LanguageDetector> languages, CaseStore store,
                      CaseAssigner assigner, CaseAlerts alerts, CaseEvents events, OptOutStore optOuts,
                      OutboundQueue outbound, PromptCatalog prompts, PhoneIndex phones, CaseSettings settings, Clock clock,
                      OutreachFunnel funnel, StaffDirectory staff) {
        this.funnel = funnel;
        this.staff = staff;
        this.triage = triage;
        this.languages = languages;
        this.store = store;
        this.assigner = assigner;
        this.alerts = alerts;
        this.events = events;
        this.optOuts = optOuts;
        this.outbound = outbound;
        this.prompts = prompts;
        this.phones = phones;
        this.settings = settings;
        this.hours = StaffedHours.of(settings);
        this.clock = clock;
    }

    /**
     * @return the case, or empty for a message from a staff member's own phone (an answer to an alert text,
     * which is not a person asking for help)
     */
    public Optional<SupportCase> receive(OwnedNumber number, StoredMessage message) {
        if (staff.staff().stream().anyMatch(s -> message.theirNumber().equals(s.phone()))) {
            LOG.info("Message {} comes from a staff member's phone: kept, not made a case", message.id());
            return Optional.empty();
        }
        TriageReading reading = triage.get().read(message.body());
        Optional<PhoneProfile> profile = phones.profile(message.theirNumber());
        String fallback = profile.map(PhoneProfile::language).orElse(number.localeOrDefault());
        String city = profile.flatMap(p -> p.cities().stream().sorted().findFirst()).orElse(null);
        Inbound in = new Inbound(message.conversation(), number.number(), message.theirNumber(), message.body(),
                reading.label(), language(message.body()), fallback, number.jurisdiction(), city, settings.firstResponse(),
                settings.urgentFirstResponse());
        CaseStore.Arrival arrival = store.recordInbound(in);
        SupportCase supportCase = arrival.supportCase();
        events.publish(arrival.isNew() ? CaseEvents.Kind.NEW : CaseEvents.Kind.MESSAGE, supportCase.id());
        if (arrival.engaged()) {
            funnel.add("engaged", 1);
        }

        if (in.optOut()) {
            optOut(number, supportCase);
            return Optional.of(supportCase);
        }
        if (in.crisis()) {
            alerts.raise(CaseAlerts.Kind.CRISIS, supportCase);
            if (settings.crisisAutoReply()) {
                crisisReply(supportCase);
            }
        } else if (in.hostile()) {
            alerts.raise(CaseAlerts.Kind.HOSTILE, supportCase);
        }
        if (!in.hostile() && !hours.isStaffed(clock.instant())
                && !(in.crisis() && settings.crisisAutoReply())
                && store.setOnce(supportCase.id(), CaseStore.F.AFTER_HOURS)) {
            autoReply(supportCase, "outreach.after_hours");
        }
        assigner.route(supportCase);
        return Optional.of(supportCase);
    }

    private void optOut(OwnedNumber number, SupportCase supportCase) {
        String person = supportCase.theirNumber();
        // Confirm once: someone already opted out (by keyword or an earlier reply) hears nothing more.
        if (optOuts.isOptedOut(NumberRole.OUTREACH, person)) {
            return;
        }
        optOuts.optOut(NumberRole.OUTREACH, person, "reply triaged as opt-out");
        Catalog catalog = prompts.current();
        String key = "gateway.opted_out." + number.role().label();
        if (catalog.has(key)) {
            outbound.enqueue(OutboundRequest.reply(number.number(), person,
                    catalog.render(key, supportCase.language(), Map.of())).confirmingOptOut().purpose(PURPOSE));
        }
    }

    private void crisisReply(SupportCase supportCase) {
        String last = store.flag(supportCase.id(), CaseStore.F.CRISIS_REPLY);
        if (last != null && clock.millis() - Long.parseLong(last) < CRISIS_REPLY_GAP.toMillis()) {
            return;
        }
        Catalog catalog = prompts.current();
        String jurisdiction = supportCase.jurisdiction() != null ? supportCase.jurisdiction()
                : catalog.defaultJurisdiction().map(j -> j.id()).orElse(null);
        String key = "outreach.crisis." + jurisdiction;
        if (jurisdiction == null || !catalog.has(key)) {
            return;
        }
        store.setFlag(supportCase.id(), CaseStore.F.CRISIS_REPLY);
        autoReply(supportCase, key);
    }

    private void autoReply(SupportCase supportCase, String key) {
        Catalog catalog = prompts.current();
        if (!catalog.has(key)) {
            return;
        }
        String body = catalog.render(key, supportCase.language(), Map.of());
        outbound.enqueue(OutboundRequest.reply(supportCase.ourNumber(), supportCase.theirNumber(), body).purpose(PURPOSE));
    }

    /** The language of the text, or null when it is too short to tell. */
    private String language(String body) {
        long letters = body.codePoints().filter(Character::isLetter).count();
        return letters >= MIN_LETTERS_FOR_LANGUAGE ? languages.get().languageOf(body) : null;
    }
}
