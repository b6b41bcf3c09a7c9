package org.intercede.bot.live;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotEngine;
import org.intercede.bot.engine.BotTurn;
import org.intercede.bot.engine.PlannedReply;
import org.intercede.bot.report.BotStats;
import org.intercede.sms.inbound.NumberOwner;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;
import org.intercede.sms.privacy.PiiHasher;
import org.intercede.sms.redis.RedisKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

import java.time.Clock;
import java.time.Instant;

/**
 * The deterrence bot on decoy numbers: each buyer message is handled under a per-conversation lock (so a
 * burst is handled in order, with one reply) and its replies are queued with their human-like delays.
 */
@Singleton
public class BotOwner implements NumberOwner {
    private static final Logger LOG = LoggerFactory.getLogger(BotOwner.class);
    private static final long LOCK_MILLIS = 10_000;
    private static final long LOCK_WAIT_MILLIS = 5_000;

    /** Built on first use (or by {@link BotWarmUp} just after start): loading the models stays off the start path. */
    private final Provider<BotEngine> engine;
    private final RedisBotMemory memory;
    private final OutboundQueue outbound;
    private final OptOutStore optOuts;
    private final PiiHasher hasher;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;
    private final BotStats stats;
    private final MessageStore store;
    private final RecentConversations recent;

    public BotOwner(Provider<BotEngine> engine, RedisBotMemory memory, OutboundQueue outbound, OptOutStore optOuts, PiiHasher hasher,
                    UnifiedJedis redis, RedisKeys keys, Clock clock, BotStats stats, MessageStore store,
                    RecentConversations recent) {
        this.engine = engine;
        this.memory = memory;
        this.outbound = outbound;
        this.optOuts = optOuts;
        this.hasher = hasher;
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
        this.stats = stats;
        this.store = store;
        this.recent = recent;
    }

    @Override
    public boolean owns(NumberRole role) {
        return role == NumberRole.DECOY;
    }

    @Override
    public void onMessage(OwnedNumber decoy, StoredMessage message) {
        if (optOuts.isOptedOut(NumberRole.DECOY, message.theirNumber())) {
            return;
        }
        String lock = keys.key("c" + message.conversation(), "bot", "lock");
        if (!acquire(lock)) {
            LOG.warn("Conversation {} stayed locked; message {} handled without the lock", message.conversation(), message.id());
        }
        try {
            Instant now = clock.instant();
            BotTurn turn = engine.get().handle(decoy, message.conversation(), hasher.hash(message.theirNumber()), message.body(),
                    now, memory);
            LOG.debug("Decoy message {}: {} ({})", message.id(), turn.decision().action(), turn.decision().reason());
            stats.record(decoy, turn);
            recent.touch(message.conversation(), now);
            for (PlannedReply reply : turn.replies()) {
                outbound.enqueue(OutboundRequest.reply(reply.from(), message.theirNumber(), reply.body())
                        .withMedia(reply.media()).notBefore(now.plus(reply.delay())));
            }
            // Buyer data is kept for the retention only: the thread with the decoy (and with a deterrence number).
            store.expireConversation(message.conversation(), engine.get().settings().retention());
            for (PlannedReply reply : turn.replies()) {
                if (!reply.from().equals(decoy.number())) {
                    store.expireConversation(store.conversationId(reply.from(), message.theirNumber()),
                            engine.get().settings().retention());
                }
            }
        } finally {
            redis.del(lock);
        }
    }

    /** Waits for the conversation's lock: messages of one conversation are handled one at a time, in order. */
    private boolean acquire(String lock) {
        long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
        while (redis.set(lock, "1", SetParams.setParams().nx().px(LOCK_MILLIS)) == null) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
