package org.intercede.outreach.cases;

import jakarta.inject.Singleton;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cases and their indexes (the inbox lists, the caseworkers' loads, the response-time and snooze timers).
 * Numbers and the preview are sealed; a case's index entries change in the same transaction as the case.
 */
@Singleton
public class CaseStore {
    private final UnifiedJedis redis;
    private final CaseKeys keys;
    private final PiiSealer sealer;
    private final PiiHasher hasher;
    private final Clock clock;

    public CaseStore(UnifiedJedis redis, RedisKeys keys, PiiSealer sealer, PiiHasher hasher, Clock clock) {
        this.redis = redis;
        this.keys = new CaseKeys(keys);
        this.sealer = sealer;
        this.hasher = hasher;
        this.clock = clock;
    }

    CaseKeys keys() {
        return keys;
    }

    public Optional<SupportCase> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{8,64}")) {
            return Optional.empty();
        }
        return findAll(List.of(id)).stream().findFirst();
    }

    /** The cases of these ids that exist, in the same order. */
    public List<SupportCase> findAll(List<String> ids) {
        List<Response<Map<String, String>>> hashes = new ArrayList<>();
        List<Response<Set<String>>> labels = new ArrayList<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String id : ids) {
                hashes.add(p.hgetAll(keys.caseHash(id)));
                labels.add(p.smembers(keys.labels(id)));
            }
            p.sync();
        }
        List<SupportCase> cases = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Map<String, String> f = hashes.get(i).get();
            if (!f.isEmpty()) {
                cases.add(open(ids.get(i), f, labels.get(i).get()));
            }
        }
        return cases;
    }

    /** The ids in one inbox list in queue order (see {@link #queueOrder}); resolved ones most recent first. */
    public List<String> ids(InboxView view, String userId, int limit) {
        String key = switch (view) {
            case URGENT -> keys.urgent();
            case UNASSIGNED -> keys.unassigned();
            case MINE -> keys.mine(userId);
            case ALL -> keys.active();
            case FLAGGED -> keys.flagged();
            case RESOLVED -> keys.resolved();
        };
        return new ArrayList<>(view == InboxView.RESOLVED ? redis.zrevrange(key, 0, limit - 1) : redis.zrange(key, 0, limit - 1));
    }

    /** How many cases each inbox list holds, for the tabs. */
    public Map<InboxView, Long> counts(String userId) {
        Map<InboxView, Response<Long>> responses = new HashMap<>();
        try (AbstractPipeline p = redis.pipelined()) {
            responses.put(InboxView.URGENT, p.zcard(keys.urgent()));
            responses.put(InboxView.UNASSIGNED, p.zcard(keys.unassigned()));
            responses.put(InboxView.MINE, p.zcard(keys.mine(userId)));
            responses.put(InboxView.ALL, p.zcard(keys.active()));
            responses.put(InboxView.FLAGGED, p.zcard(keys.flagged()));
            responses.put(InboxView.RESOLVED, p.zcard(keys.resolved()));
            p.sync();
        }
        Map<InboxView, Long> counts = new HashMap<>();
        responses.forEach((view, count) -> counts.put(view, count.get()));
        return counts;
    }

    /**
     * The counts a caseworker may see: their own cases and the unassigned ones (a colleague's are not theirs to
     * count). Resolved cases are not counted for them.
     */
    public Map<InboxView, Long> countsVisibleTo(String userId) {
        Set<String> visible = new HashSet<>(redis.zrange(keys.mine(userId), 0, -1));
        visible.addAll(redis.zrange(keys.unassigned(), 0, -1));
        long urgent = redis.zrange(keys.urgent(), 0, -1).stream().filter(visible::contains).count();
        Map<InboxView, Long> counts = new HashMap<>();
        counts.put(InboxView.URGENT, urgent);
        counts.put(InboxView.UNASSIGNED, redis.zcard(keys.unassigned()));
        counts.put(InboxView.MINE, redis.zcard(keys.mine(userId)));
        counts.put(InboxView.ALL, (long) visible.size());
        return counts;
    }

    /** What changed when a message from the person arrived. */
    /** @param engaged the person wrote back for the first time after a caseworker answered */
    public record Arrival(SupportCase supportCase, boolean isNew, boolean reopened, boolean engaged) {
    }

    /**
     * Records a message from the person: opens the case (or reopens it), keeps it urgent once a crisis was
     * read until it is resolved, and starts the first-response timer unless it is already running.
     */
    public Arrival recordInbound(Inbound in) {
        Instant now = clock.instant();
        String id = in.caseId();
        Map<String, String> current = redis.hgetAll(keys.caseHash(id));
        boolean isNew = current.isEmpty();
        CaseStatus before = isNew ? null : CaseStatus.valueOf(current.get(F.STATUS));
        boolean reopened = before == CaseStatus.RESOLVED || before == CaseStatus.SNOOZED || before == CaseStatus.PENDING;
        boolean urgent = in.crisis() || before != CaseStatus.RESOLVED && "1".equals(current.get(F.URGENT));
        boolean hostile = in.hostile() || before != CaseStatus.RESOLVED && "1".equals(current.get(F.HOSTILE));
        String assignee = current.get(F.ASSIGNEE);
        Instant awaiting = isNew || current.get(F.AWAITING) == null ? now : millis(current.get(F.AWAITING));
        Instant due = awaiting.plus(urgent ? in.urgentResponse() : in.response());
        String existingDue = current.get(F.DUE);
        if (existingDue != null && millis(existingDue).isBefore(due)) {
            due = millis(existingDue);
        }

        Map<String, String> fields = new HashMap<>();
        if (isNew) {
            fields.put(F.OURS, sealer.seal(in.ourNumber()));
            fields.put(F.THEIRS, sealer.seal(in.theirNumber()));
            fields.put(F.WHO, hasher.hash(in.theirNumber()));
            fields.put(F.OPENED, ms(now));
            if (in.city() != null) {
                fields.put(F.CITY, in.city());
            }
            fields.put(F.JURISDICTION, in.jurisdiction() == null ? "" : in.jurisdiction());
        }
        fields.put(F.STATUS, in.optOut() ? CaseStatus.RESOLVED.name() : CaseStatus.OPEN.name());
        fields.put(F.URGENT, urgent ? "1" : "0");
        fields.put(F.HOSTILE, hostile ? "1" : "0");
        fields.put(F.OPTED_OUT, in.optOut() ? "1" : "0");
        fields.put(F.TRIAGE, in.triage());
        // A text long enough to tell its language decides; otherwise the case keeps the one it has.
        if (in.language() != null) {
            fields.put(F.LANGUAGE, in.language());
        } else if (current.get(F.LANGUAGE) == null) {
            fields.put(F.LANGUAGE, in.fallbackLanguage());
        }
        fields.put(F.LAST, ms(now));
        fields.put(F.PREVIEW, sealer.seal(in.body()));
        if (!in.optOut()) {
            fields.put(F.AWAITING, ms(awaiting));
            fields.put(F.DUE, ms(due));
        }
        if (!isNew && current.get(F.ANSWERED_SINCE) != null && !current.containsKey(F.ENGAGED)) {
            // The person wrote back after a caseworker answered: the conversation has taken hold.
            fields.put(F.ENGAGED, ms(now));
        }
        double score = now.toEpochMilli();
        Response<Map<String, String>> after;
        Response<Set<String>> labels;
        try (AbstractTransaction tx = redis.multi()) {
            tx.hset(keys.caseHash(id), fields);
            tx.hincrBy(keys.caseHash(id), F.INBOUND, 1);
            tx.hdel(keys.caseHash(id), F.SNOOZE);
            tx.zrem(keys.snoozed(), id);
            tx.zadd(keys.all(), score, id);
            if (in.optOut()) {
                tx.hdel(keys.caseHash(id), F.AWAITING, F.DUE);
                removeFromActive(tx, id, assignee);
                tx.zadd(keys.resolved(), score, id);
            } else {
                tx.zrem(keys.resolved(), id);
                tx.zadd(keys.responseDue(), due.toEpochMilli(), id);
                index(tx, id, assignee, urgent, hostile, queueOrder(urgent, awaiting, now));
            }
            // Read in the same transaction, after the writes: the case as it now stands, without another round trip.
            after = tx.hgetAll(keys.caseHash(id));
            labels = tx.smembers(keys.labels(id));
            tx.exec();
        }
        return new Arrival(open(id, after.get(), labels.get()), isNew, reopened, fields.containsKey(F.ENGAGED));
    }

    /** A caseworker's reply went out: the timer stops, and the first one counts towards the response times. */
    public void recordReply(String id, String userId) {
        Instant now = clock.instant();
        Map<String, String> current = redis.hgetAll(keys.caseHash(id));
        if (current.isEmpty()) {
            return;
        }
        try (AbstractTransaction tx = redis.multi()) {
            tx.hdel(keys.caseHash(id), F.AWAITING, F.DUE, F.AFTER_HOURS);
            tx.hset(keys.caseHash(id), Map.of(F.LAST, ms(now), F.ANSWERED_SINCE, ms(now)));
            tx.hincrBy(keys.caseHash(id), F.OUTBOUND, 1);
            tx.zrem(keys.responseDue(), id);
            if (current.get(F.FIRST_RESPONSE) == null) {
                tx.hset(keys.caseHash(id), F.FIRST_RESPONSE, ms(now));
                long waited = now.toEpochMilli() - Long.parseLong(current.get(F.OPENED));
                tx.zadd(keys.firstResponses(), now.toEpochMilli(), id + "|" + waited);
            }
            tx.set(keys.handler(current.get(F.WHO)), userId);
            tx.zadd(keys.all(), now.toEpochMilli(), id);
            if (CaseStatus.valueOf(current.get(F.STATUS)) != CaseStatus.RESOLVED) {
                boolean urgent = "1".equals(current.get(F.URGENT));
                index(tx, id, current.get(F.ASSIGNEE), urgent, "1".equals(current.get(F.HOSTILE)),
                        queueOrder(urgent, null, now));
            }
            tx.exec();
        }
    }

    /** Moves a case to a status; {@code until} is the wake-up time of a snooze. Returns false for an unknown case. */
    public boolean setStatus(String id, CaseStatus status, Instant until) {
        Map<String, String> current = redis.hgetAll(keys.caseHash(id));
        if (current.isEmpty()) {
            return false;
        }
        String assignee = current.get(F.ASSIGNEE);
        Instant now = clock.instant();
        try (AbstractTransaction tx = redis.multi()) {
            tx.hset(keys.caseHash(id), Map.of(F.STATUS, status.name(), F.LAST, ms(now)));
            tx.zrem(keys.snoozed(), id);
            tx.hdel(keys.caseHash(id), F.SNOOZE);
            if (status == CaseStatus.SNOOZED) {
                tx.hset(keys.caseHash(id), F.SNOOZE, ms(until));
                tx.zadd(keys.snoozed(), until.toEpochMilli(), id);
            }
            if (status == CaseStatus.RESOLVED) {
                // Resolving ends the urgency and the timer: a new message starts both again if needed.
                tx.hset(keys.caseHash(id), Map.of(F.URGENT, "0", F.HOSTILE, "0"));
                tx.hdel(keys.caseHash(id), F.AWAITING, F.DUE);
                tx.zrem(keys.responseDue(), id);
                removeFromActive(tx, id, assignee);
                tx.zadd(keys.resolved(), now.toEpochMilli(), id);
            } else {
                tx.zrem(keys.resolved(), id);
                tx.zadd(keys.all(), now.toEpochMilli(), id);
                boolean urgent = "1".equals(current.get(F.URGENT));
                index(tx, id, assignee, urgent, "1".equals(current.get(F.HOSTILE)),
                        queueOrder(urgent, millis(current.get(F.AWAITING)), now));
            }
            tx.exec();
        }
        return true;
    }

    /** Hands a case to a caseworker (or to nobody with null), whatever their load: a person's decision. */
    public boolean assign(String id, String userId) {
        Map<String, String> current = redis.hgetAll(keys.caseHash(id));
        if (current.isEmpty()) {
            return false;
        }
        String previous = current.get(F.ASSIGNEE);
        boolean active = CaseStatus.valueOf(current.get(F.STATUS)) != CaseStatus.RESOLVED;
        double score = current.containsKey(F.ORDER) ? Double.parseDouble(current.get(F.ORDER))
                : queueOrder("1".equals(current.get(F.URGENT)), millis(current.get(F.AWAITING)), millis(current.get(F.LAST)));
        try (AbstractTransaction tx = redis.multi()) {
            if (previous != null) {
                tx.zrem(keys.mine(previous), id);
            }
            if (userId == null) {
                tx.hdel(keys.caseHash(id), F.ASSIGNEE);
                if (active) {
                    tx.zadd(keys.unassigned(), score, id);
                }
            } else {
                tx.hset(keys.caseHash(id), F.ASSIGNEE, userId);
                tx.zrem(keys.unassigned(), id);
                if (active) {
                    tx.zadd(keys.mine(userId), score, id);
                }
            }
            tx.exec();
        }
        return true;
    }

    /**
     * Assigns an unassigned case to a caseworker only if it is still unassigned and their load is under
     * {@code capacity}, atomically, so two processes routing at once cannot overfill anyone.
     */
    public boolean assignWithinCapacity(String id, String userId, int capacity) {
        Object result = redis.eval(AssignScript.SOURCE,
                List.of(keys.caseHash(id), keys.mine(userId), keys.unassigned()),
                List.of(userId, Integer.toString(capacity)));
        return Long.valueOf(1).equals(result);
    }

    public long load(String userId) {
        return redis.zcard(keys.mine(userId));
    }

    public Map<String, Long> loads(List<String> userIds) {
        Map<String, Response<Long>> responses = new HashMap<>();
        try (AbstractPipeline p = redis.pipelined()) {
            for (String userId : userIds) {
                responses.put(userId, p.zcard(keys.mine(userId)));
            }
            p.sync();
        }
        Map<String, Long> loads = new HashMap<>();
        responses.forEach((user, count) -> loads.put(user, count.get()));
        return loads;
    }

    /** Waits (ms) from a case's opening to its first answer, for answers given since {@code since}. */
    public List<Long> firstResponseTimes(Instant since) {
        List<Long> waits = new ArrayList<>();
        for (String member : redis.zrangeByScore(keys.firstResponses(), since.toEpochMilli(), Double.POSITIVE_INFINITY)) {
            waits.add(Long.parseLong(member.substring(member.indexOf('|') + 1)));
        }
        return waits;
    }

    /** Cases active since a time, most recent first. */
    public List<String> activeSince(Instant since, int limit) {
        return new ArrayList<>(redis.zrevrangeByScore(keys.all(), Double.POSITIVE_INFINITY, since.toEpochMilli(), 0, limit));
    }

    /** Unassigned cases in queue order: urgent first, then whoever has waited longest. */
    public List<String> oldestUnassigned(int limit) {
        return new ArrayList<>(redis.zrange(keys.unassigned(), 0, limit - 1));
    }

    /** The caseworker who last answered this person, in any earlier case. */
    public Optional<String> previousHandler(String theirNumber) {
        return Optional.ofNullable(redis.get(keys.handler(hasher.hash(theirNumber))));
    }

    public void addLabel(String id, String label) {
        redis.sadd(keys.labels(id), label);
    }

    public void removeLabel(String id, String label) {
        redis.srem(keys.labels(id), label);
    }

    /** Sets a flag field of the case (e.g. that the after-hours reply went out), returning false if it was set. */
    public boolean setOnce(String id, String field) {
        return redis.hsetnx(keys.caseHash(id), field, ms(clock.instant())) == 1;
    }

    /** Sets a flag field of the case to the current time, whether it was set or not. */
    public void setFlag(String id, String field) {
        redis.hset(keys.caseHash(id), field, ms(clock.instant()));
    }

    public String flag(String id, String field) {
        return redis.hget(keys.caseHash(id), field);
    }

    /** Takes the cases whose response alert fell due; each is handed to exactly one caller across processes. */
    public List<String> claimOverdue(Instant now) {
        return claim(keys.responseDue(), now);
    }

    /** Takes the snoozed cases whose time has come. */
    public List<String> claimWakeUps(Instant now) {
        return claim(keys.snoozed(), now);
    }

    private List<String> claim(String zset, Instant now) {
        List<String> claimed = new ArrayList<>();
        for (String id : redis.zrangeByScore(zset, 0, now.toEpochMilli(), 0, 100)) {
            if (redis.zrem(zset, id) == 1) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /**
     * The place of a case in every inbox list, as one score, so a list is read in order with one ZRANGE however
     * long it is: urgent cases first, then those waiting for an answer, longest-waiting first, then the rest,
     * most recently active first. (Epoch milliseconds stay below 10^13 until the year 2286.)
     */
    public static double queueOrder(boolean urgent, Instant awaitingSince, Instant lastActivity) {
        double tier = 1e13;
        if (urgent) {
            return (awaitingSince != null ? awaitingSince : lastActivity).toEpochMilli();
        }
        if (awaitingSince != null) {
            return tier + awaitingSince.toEpochMilli();
        }
        return 2 * tier + (tier - lastActivity.toEpochMilli());
    }

    /** Puts an unresolved case in the lists it belongs to, at its place, and out of those it left. */
    private void index(AbstractTransaction tx, String id, String assignee, boolean urgent, boolean hostile, double order) {
        tx.hset(keys.caseHash(id), F.ORDER, Double.toString(order));
        tx.zadd(keys.active(), order, id);
        if (urgent) {
            tx.zadd(keys.urgent(), order, id);
        } else {
            tx.zrem(keys.urgent(), id);
        }
        if (hostile) {
            tx.zadd(keys.flagged(), order, id);
        } else {
            tx.zrem(keys.flagged(), id);
        }
        if (assignee != null) {
            tx.zadd(keys.mine(assignee), order, id);
            tx.zrem(keys.unassigned(), id);
        } else if (hostile) {
            tx.zrem(keys.unassigned(), id);
        } else {
            tx.zadd(keys.unassigned(), order, id);
        }
    }

    private void removeFromActive(AbstractTransaction tx, String id, String assignee) {
        tx.zrem(keys.active(), id);
        tx.zrem(keys.urgent(), id);
        tx.zrem(keys.unassigned(), id);
        tx.zrem(keys.flagged(), id);
        if (assignee != null) {
            tx.zrem(keys.mine(assignee), id);
        }
    }

    private SupportCase open(String id, Map<String, String> f, Set<String> labels) {
        return new SupportCase(id, sealer.open(f.get(F.OURS)), sealer.open(f.get(F.THEIRS)),
                CaseStatus.valueOf(f.get(F.STATUS)), f.get(F.ASSIGNEE), "1".equals(f.get(F.URGENT)),
                "1".equals(f.get(F.HOSTILE)), "1".equals(f.get(F.OPTED_OUT)), f.get(F.TRIAGE), f.get(F.LANGUAGE),
                emptyToNull(f.get(F.JURISDICTION)), Set.copyOf(new HashSet<>(labels)), millis(f.get(F.OPENED)),
                millis(f.get(F.LAST)), millis(f.get(F.AWAITING)), millis(f.get(F.DUE)), millis(f.get(F.FIRST_RESPONSE)),
                millis(f.get(F.SNOOZE)), f.get(F.PREVIEW) == null ? "" : sealer.open(f.get(F.PREVIEW)), f.get(F.CITY),
                parseInt(f.get(F.INBOUND)), parseInt(f.get(F.OUTBOUND)));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static int parseInt(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    private static Instant millis(String s) {
        return s == null ? null : Instant.ofEpochMilli(Long.parseLong(s));
    }

    private static String ms(Instant t) {
        return Long.toString(t.toEpochMilli());
    }

    /** Field names of the case hash. */
    static final class F {
        static final String OURS = "ours";
        static final String THEIRS = "theirs";
        static final String WHO = "who";
        static final String STATUS = "status";
        static final String ASSIGNEE = "assignee";
        static final String URGENT = "urgent";
        static final String HOSTILE = "hostile";
        static final String OPTED_OUT = "optout";
        static final String TRIAGE = "triage";
        static final String LANGUAGE = "lang";
        static final String JURISDICTION = "juris";
        static final String OPENED = "opened";
        static final String LAST = "last";
        static final String AWAITING = "awaiting";
        static final String DUE = "due";
        static final String FIRST_RESPONSE = "first";
        static final String ANSWERED_SINCE = "answered";
        static final String ENGAGED = "engaged";
        static final String SNOOZE = "snooze";
        static final String PREVIEW = "preview";
        static final String CITY = "city";
        static final String INBOUND = "in";
        static final String OUTBOUND = "out";
        static final String AFTER_HOURS = "after-hours";
        static final String CRISIS_REPLY = "crisis-reply";
        static final String ORDER = "order";

        private F() {
        }
    }
}
