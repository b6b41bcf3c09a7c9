package org.intercede.outreach.campaign;

import org.intercede.outreach.figures.OutreachFunnel;

import jakarta.inject.Singleton;
import org.intercede.sms.config.IdGenerator;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Batches of a campaign under review: planned, then held until a person approves them. On approval the batch's
 * numbers are planned again, so an opt-out or a cooldown that arrived meanwhile still counts and the texting
 * windows start from the approval, not from the planning.
 */
@Singleton
public class ReviewBatches {
    private static final long KEEP_SECONDS = 14L * 86_400;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiSealer sealer;
    private final IdGenerator ids;
    private final OutreachPlanner planner;
    private final Clock clock;
    private final OutreachFunnel funnel;

    public ReviewBatches(UnifiedJedis redis, RedisKeys keys, PiiSealer sealer, IdGenerator ids, OutreachPlanner planner,
                         Clock clock, OutreachFunnel funnel) {
        this.funnel = funnel;
        this.redis = redis;
        this.keys = keys;
        this.sealer = sealer;
        this.ids = ids;
        this.planner = planner;
        this.clock = clock;
    }

    /** A batch waiting for approval, or already decided. */
    public record Batch(String id, String campaign, int offers, Instant planned, String status) {
    }

    public Batch hold(OutreachPlanner.Plan plan) {
        String id = ids.next();
        String numbers = String.join(",", plan.offers().stream().map(OutreachPlanner.Offer::number).toList());
        Instant now = clock.instant();
        redis.hset(key(id), Map.of("campaign", plan.campaign().name(), "numbers", sealer.seal(numbers),
                "offers", Integer.toString(plan.offers().size()), "planned", Long.toString(now.toEpochMilli()),
                "status", "pending"));
        redis.expire(key(id), KEEP_SECONDS);
        redis.zadd(keys.key("batches", "pending"), now.toEpochMilli(), id);
        funnel.add("planned", plan.offers().size());
        return new Batch(id, plan.campaign().name(), plan.offers().size(), now, "pending");
    }

    public List<Batch> pending() {
        return redis.zrange(keys.key("batches", "pending"), 0, -1).stream().map(this::find).flatMap(Optional::stream).toList();
    }

    public Optional<Batch> find(String id) {
        if (id == null || !id.matches("[0-9a-f]{32}")) {
            return Optional.empty();
        }
        Map<String, String> f = redis.hgetAll(key(id));
        if (f.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Batch(id, f.get("campaign"), Integer.parseInt(f.get("offers")),
                Instant.ofEpochMilli(Long.parseLong(f.get("planned"))), f.get("status")));
    }

    /** Sends a pending batch, its campaign read again from the campaigns file; returns how many offers were queued. */
    public int approve(String id, Campaigns.Settings campaigns) {
        Batch batch = find(id).orElseThrow(() -> new IllegalArgumentException("no such batch"));
        return approve(id, Campaigns.find(campaigns, batch.campaign()));
    }

    int approve(String id, Campaign campaign) {
        Batch batch = find(id).orElseThrow(() -> new IllegalArgumentException("no such batch"));
        if (!"pending".equals(batch.status())) {
            throw new IllegalArgumentException("batch " + id + " is already " + batch.status());
        }
        if (!batch.campaign().equals(campaign.name())) {
            throw new IllegalArgumentException("batch " + id + " belongs to campaign " + batch.campaign());
        }
        // Claim it first, so two approvals at once cannot both send it.
        if (redis.hsetnx(key(id), "approved", Long.toString(clock.millis())) == 0) {
            throw new IllegalArgumentException("batch " + id + " is already being approved");
        }
        Set<String> numbers = new HashSet<>(Arrays.asList(sealer.open(redis.hget(key(id), "numbers")).split(",")));
        Instant now = clock.instant();
        int sent = planner.sendReviewed(planner.plan(campaign, now, numbers), now);
        redis.hset(key(id), "status", "sent");
        redis.zrem(keys.key("batches", "pending"), id);
        return sent;
    }

    private String key(String id) {
        return keys.key("batch" + id);
    }
}
