package org.intercede.bot.report;

import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotTurn;
import org.intercede.bot.policy.Action;
import org.intercede.bot.policy.Stage;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The bot's figures, counted as it works: one Redis hash per UTC day, a field per figure and
 * (decoy, persona, jurisdiction). Only counts: no number, no text.
 */
@Singleton
public class BotStats {
    static final String SEPARATOR = "|";
    private static final long KEEP_SECONDS = 400L * 86_400;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final Clock clock;

    public BotStats(UnifiedJedis redis, RedisKeys keys, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.clock = clock;
    }

    public void record(OwnedNumber decoy, BotTurn turn) {
        String where = decoy.number() + SEPARATOR + turn.persona() + SEPARATOR + turn.jurisdiction();
        String key = dayKey(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.hincrBy(key, field("messages", where), 1);
            if (turn.decision().next().turns() == 1) {
                pipeline.hincrBy(key, field("conversations", where), 1);
            }
            if (turn.decision().action() == Action.DETERRENCE) {
                pipeline.hincrBy(key, field("deterrence_" + turn.decision().level().label(), where), 1);
                pipeline.hincrBy(key, field("turns_before_deterrence", where), turn.decision().next().turns());
            }
            Stage before = turn.before() == null ? null : turn.before().stage();
            if (before == Stage.DETERRED || before == Stage.FINISHED || before == Stage.CLOSED) {
                pipeline.hincrBy(key, field("after_deterrence:" + turn.reading().intent(), where), 1);
            }
            pipeline.expire(key, KEEP_SECONDS);
            pipeline.sync();
        }
    }

    /** A buyer's reply to a deterrence number, counted under that number (persona and jurisdiction unknown). */
    public void replyToDeterrenceNumber(OwnedNumber number) {
        String key = dayKey(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        String where = number.number() + SEPARATOR + "-" + SEPARATOR + (number.jurisdiction() == null ? "-" : number.jurisdiction());
        countOne(key, field("after_deterrence:to_deterrence_number", where));
    }

    /** A visit to a deterrence landing page, counted where its deterrence came from. */
    public void visit(String decoy, String persona, String jurisdiction) {
        String key = dayKey(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        countOne(key, field("landing_visits", decoy + SEPARATOR + persona + SEPARATOR + jurisdiction));
    }

    /** Adds one to a day's field and keeps the day for its period, in one round trip. */
    private void countOne(String dayKey, String field) {
        try (AbstractPipeline pipeline = redis.pipelined()) {
            pipeline.hincrBy(dayKey, field, 1);
            pipeline.expire(dayKey, KEEP_SECONDS);
            pipeline.sync();
        }
    }

    Map<String, String> day(LocalDate day) {
        return redis.hgetAll(dayKey(day));
    }

    private String dayKey(LocalDate day) {
        return keys.key("botstats", day.toString());
    }

    private static String field(String figure, String where) {
        return figure + SEPARATOR + where;
    }
}
