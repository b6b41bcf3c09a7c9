package org.intercede.outreach.campaign;

import org.intercede.outreach.figures.OutreachFunnel;

import jakarta.inject.Singleton;
import org.intercede.outreach.ads.PhoneIndex;
import org.intercede.outreach.ads.PhoneProfile;
import org.intercede.prompts.Catalog;
import org.intercede.prompts.PromptCatalog;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Who a campaign would text, with which message, from which number and when, and why every other number is
 * left out. Suppression, in order: one of our numbers, opted out of outreach, known invalid, a landline, at the
 * lifetime attempt limit, texted within the cooldown; then the daily cap.
 */
@Singleton
public class OutreachPlanner {
    private final PhoneIndex phones;
    private final NumberRegistry registry;
    private final OptOutStore optOuts;
    private final InvalidNumbers invalid;
    private final Recipients recipients;
    private final PromptCatalog prompts;
    private final OutreachSettings settings;
    private final OutboundQueue outbound;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final OutreachFunnel funnel;

    public OutreachPlanner(PhoneIndex phones, NumberRegistry registry, OptOutStore optOuts, InvalidNumbers invalid,
                           Recipients recipients, PromptCatalog prompts, OutreachSettings settings, OutboundQueue outbound,
                           UnifiedJedis redis, RedisKeys keys, OutreachFunnel funnel) {
        this.funnel = funnel;
        this.phones = phones;
        this.registry = registry;
        this.optOuts = optOuts;
        this.invalid = invalid;
        this.recipients = recipients;
        this.prompts = prompts;
        this.settings = settings;
        this.outbound = outbound;
        this.redis = redis;
        this.keys = keys;
    }

    /** A first message to send: to whom, from which of our numbers, which variant, and its sending window. */
    public record Offer(String number, String sender, String locale, int variant, String body, TextingHours.Window window) {
    }

    /** A number left out, and why. */
    public record Skipped(String number, String reason) {
    }

    public record Plan(Campaign campaign, List<Offer> offers, List<Skipped> skipped) {
    }

    public Plan plan(Campaign campaign, Instant now) {
        return plan(campaign, now, null);
    }

    /** @param only when not null, plan only these numbers (an approved batch, planned again as it goes) */
    public Plan plan(Campaign campaign, Instant now, java.util.Set<String> only) {
        List<String> senders = senders(campaign);
        Catalog catalog = prompts.current();
        long sentToday = sentToday(campaign, now);
        long rotation = rotation(campaign);
        List<Offer> offers = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (PhoneProfile profile : phones.seenSince(now.minus(campaign.seenWithin()))) {
            if (!matches(campaign, profile) || only != null && !only.contains(profile.number())) {
                continue;
            }
            String number = profile.number();
            Optional<String> reason = suppressed(number, now);
            if (reason.isPresent()) {
                skipped.add(new Skipped(number, reason.get()));
                continue;
            }
            if (sentToday + offers.size() >= campaign.dailyCap()) {
                skipped.add(new Skipped(number, "daily cap of " + campaign.dailyCap() + " reached: next run"));
                continue;
            }
            String sender = recipients.find(number).map(Recipients.Recipient::sender).filter(this::canSend)
                    .orElse(senders.get(Math.floorMod(number.hashCode(), senders.size())));
            String locale = profile.language();
            List<String> variants = catalog.variants(campaign.message(), locale);
            List<Integer> allowed = campaign.variants().stream().filter(v -> v < variants.size()).toList();
            if (allowed.isEmpty()) {
                allowed = java.util.stream.IntStream.range(0, variants.size()).boxed().toList();
            }
            int variant = allowed.get((int) Math.floorMod(rotation + offers.size(), (long) allowed.size()));
            offers.add(new Offer(number, sender, locale, variant, variants.get(variant), campaign.hours().next(number, now)));
        }
        return new Plan(campaign, Collections.unmodifiableList(offers), Collections.unmodifiableList(skipped));
    }

    /** Queues every offer for its window (dropped unsent if the window closes first) and records the attempt. */
    public int send(Plan plan, Instant now) {
        funnel.add("planned", plan.offers().size());
        return sendReviewed(plan, now);
    }

    /** Like {@link #send}, for offers already counted as planned when their batch was held for review. */
    int sendReviewed(Plan plan, Instant now) {
        Campaign campaign = plan.campaign();
        for (Offer offer : plan.offers()) {
            long attempt = recipients.texted(offer.number(), offer.sender(), now, campaign.name(), offer.variant());
            outbound.enqueue(OutboundRequest.bulk(offer.sender(), offer.number(), offer.body())
                    .notBefore(offer.window().start())
                    .validFor(Duration.between(now, offer.window().end()))
                    .idempotencyKey(campaign.name() + "|" + offer.number() + "|" + attempt)
                    .purpose(OfferSendCheck.purpose(attempt)));
            redis.hincrBy(variantKey(campaign), Integer.toString(offer.variant()), 1);
        }
        String today = sentTodayKey(campaign, now);
        redis.incrBy(today, plan.offers().size());
        redis.expire(today, 3 * 86_400L);
        funnel.add("sent", plan.offers().size());
        return plan.offers().size();
    }

    private Optional<String> suppressed(String number, Instant now) {
        if (registry.isOurs(number)) {
            return Optional.of("one of our own numbers");
        }
        if (optOuts.isOptedOut(NumberRole.OUTREACH, number)) {
            return Optional.of("opted out");
        }
        if (invalid.isInvalid(number)) {
            return Optional.of("known invalid");
        }
        if (PhoneNumbers.isLandline(number)) {
            return Optional.of("a landline");
        }
        Optional<Recipients.Recipient> before = recipients.find(number);
        if (before.isPresent() && before.get().attempts() >= settings.maxAttempts()) {
            return Optional.of("already texted " + before.get().attempts() + " times (the limit)");
        }
        if (before.isPresent() && before.get().last() != null && before.get().last().plus(settings.cooldown()).isAfter(now)) {
            return Optional.of("texted on " + before.get().last().toString().substring(0, 10) + ", within the cooldown");
        }
        return Optional.empty();
    }

    private static boolean matches(Campaign campaign, PhoneProfile profile) {
        return (campaign.sources().isEmpty() || profile.sources().stream().anyMatch(campaign.sources()::contains))
                && (campaign.cities().isEmpty() || profile.cities().stream().anyMatch(campaign.cities()::contains));
    }

    private List<String> senders(Campaign campaign) {
        List<String> chosen = campaign.numbers().isEmpty()
                ? registry.active(NumberRole.OUTREACH).stream().map(OwnedNumber::number).toList()
                : campaign.numbers().stream().filter(this::canSend).toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("campaign " + campaign.name() + " has no active outreach number to send from");
        }
        return chosen;
    }

    private boolean canSend(String number) {
        return registry.find(number).filter(n -> n.role() == NumberRole.OUTREACH && !n.burned()).isPresent();
    }

    private long sentToday(Campaign campaign, Instant now) {
        String value = redis.get(sentTodayKey(campaign, now));
        return value == null ? 0 : Long.parseLong(value);
    }

    /** Offers queued by a campaign on one UTC day, for its daily cap. */
    private String sentTodayKey(Campaign campaign, Instant now) {
        return keys.key(tag(campaign.name()), "sent", LocalDate.ofInstant(now, ZoneOffset.UTC).toString());
    }

    private long rotation(Campaign campaign) {
        return redis.hvals(variantKey(campaign)).stream().mapToLong(Long::parseLong).sum();
    }

    private String variantKey(Campaign campaign) {
        return keys.key(tag(campaign.name()), "variants");
    }

    static String tag(String campaign) {
        return "campaign" + campaign.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** A reply to an offer of {@code campaign}'s variant, counted once per offer. */
    public void countReply(String campaign, int variant) {
        redis.hincrBy(keys.key(tag(campaign), "replies"), Integer.toString(variant), 1);
    }

    /** Per variant (0-based): offers sent and replies received. */
    public record VariantFigures(int variant, long sent, long replies) {
        public double replyRate() {
            return sent == 0 ? 0 : (double) replies / sent;
        }
    }

    public List<VariantFigures> variantFigures(String campaign) {
        java.util.Map<String, String> sent = redis.hgetAll(keys.key(tag(campaign), "variants"));
        java.util.Map<String, String> replies = redis.hgetAll(keys.key(tag(campaign), "replies"));
        java.util.TreeSet<Integer> variants = new java.util.TreeSet<>();
        sent.keySet().forEach(v -> variants.add(Integer.valueOf(v)));
        replies.keySet().forEach(v -> variants.add(Integer.valueOf(v)));
        return variants.stream().map(v -> new VariantFigures(v, Long.parseLong(sent.getOrDefault(v.toString(), "0")),
                Long.parseLong(replies.getOrDefault(v.toString(), "0")))).toList();
    }
}
