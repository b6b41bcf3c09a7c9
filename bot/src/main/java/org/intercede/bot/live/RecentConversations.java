package org.intercede.bot.live;

import jakarta.inject.Singleton;
import org.intercede.bot.policy.BotSettings;
import org.intercede.bot.policy.ConversationState;
import org.intercede.bot.policy.Stage;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decoy conversations a buyer wrote in most recently, for the console's decoys page: a Redis sorted set of
 * conversation ids (keyed hashes, never numbers) by the time of the buyer's last message, cut to the newest
 * {@value #KEEP} and to the buyer-data retention. The decoy number and the stage are read from the thread and
 * the bot's memory when listed, so an expired conversation simply drops out.
 */
@Singleton
public class RecentConversations {
    static final int KEEP = 1_000;
    private final UnifiedJedis redis;
    private final String key;
    private final RedisBotMemory memory;
    private final MessageStore store;
    private final Clock clock;
    private final Duration retention;

    public RecentConversations(UnifiedJedis redis, RedisKeys keys, RedisBotMemory memory, MessageStore store, Clock clock,
                               BotSettings settings) {
        this.redis = redis;
        this.key = keys.key("bot", "recent");
        this.memory = memory;
        this.store = store;
        this.clock = clock;
        this.retention = settings.retention();
    }

    /** One decoy conversation: {@code decoy} is our number (E.164), {@code lastMessage} the buyer's latest. */
    public record Conversation(String id, String decoy, Instant lastMessage, Stage stage) {
        public boolean takenOver() {
            return stage == Stage.TAKEN_OVER;
        }
    }

    /** The buyer wrote in {@code conversation} at {@code at}. */
    public void touch(String conversation, Instant at) {
        redis.zadd(key, at.toEpochMilli(), conversation);
        redis.zremrangeByRank(key, 0, -KEEP - 1);
    }

    /** Up to {@code limit} conversations, the one with the latest buyer message first. */
    public List<Conversation> recent(int limit) {
        redis.zremrangeByScore(key, Double.NEGATIVE_INFINITY, clock.instant().minus(retention).toEpochMilli());
        List<Conversation> found = new ArrayList<>();
        for (Tuple t : redis.zrevrangeWithScores(key, 0, limit - 1)) {
            String id = t.getElement();
            Optional<ConversationState> state = memory.conversation(id);
            List<StoredMessage> last = store.thread(id, 1);
            if (state.isEmpty() || last.isEmpty()) {
                redis.zrem(key, id);
                continue;
            }
            found.add(new Conversation(id, last.get(0).ourNumber(), Instant.ofEpochMilli((long) t.getScore()), state.get().stage()));
        }
        return found;
    }
}
