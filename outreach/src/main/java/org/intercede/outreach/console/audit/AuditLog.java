package org.intercede.outreach.console.audit;

import jakarta.inject.Singleton;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.resps.StreamEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who did what in the console, newest first: a Redis stream trimmed to about a million entries (the trim is
 * approximate, {@code MAXLEN ~}, which lets Redis drop whole nodes and keeps appends cheap).
 */
@Singleton
public class AuditLog {
    /** The actor of changes made by the system itself or from the command line. */
    public static final String SYSTEM = "system";
    static final long MAX_ENTRIES = 1_000_000;
    private static final Pattern ENTRY_ID = Pattern.compile("\\d{1,20}-\\d{1,20}");
    private static final int MAX_PAGE = 500;

    private final UnifiedJedis redis;
    private final String key;
    private final Clock clock;

    public AuditLog(UnifiedJedis redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.key = keys.key("audit", "console");
        this.clock = clock;
    }

    /** Appends one entry; {@code target} and {@code detail} may be null. Returns its id. */
    public String append(String actor, String action, String target, String detail) {
        if (actor == null || actor.isBlank() || action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit entry needs an actor and an action");
        }
        Map<String, String> fields = new HashMap<>();
        fields.put("at", Long.toString(clock.millis()));
        fields.put("actor", actor);
        fields.put("action", action);
        if (target != null) {
            fields.put("target", target);
        }
        if (detail != null) {
            fields.put("detail", detail);
        }
        return redis.xadd(key, XAddParams.xAddParams().maxLen(MAX_ENTRIES).approximateTrimming(), fields).toString();
    }

    /** Up to {@code count} entries older than {@code beforeId} (null: the newest), newest first. */
    public List<AuditEntry> page(String beforeId, int count) {
        if (beforeId != null && !ENTRY_ID.matcher(beforeId).matches()) {
            throw new IllegalArgumentException("not an audit entry id: " + beforeId);
        }
        if (count < 1 || count > MAX_PAGE) {
            throw new IllegalArgumentException("count must be 1 to " + MAX_PAGE);
        }
        String end = beforeId == null ? "+" : "(" + beforeId;
        return redis.xrevrange(key, end, "-", count).stream().map(AuditLog::entry).toList();
    }

    private static AuditEntry entry(StreamEntry e) {
        Map<String, String> f = e.getFields();
        StreamEntryID id = e.getID();
        return new AuditEntry(id.toString(), Instant.ofEpochMilli(Long.parseLong(f.get("at"))), f.get("actor"),
                f.get("action"), f.get("target"), f.get("detail"));
    }
}
