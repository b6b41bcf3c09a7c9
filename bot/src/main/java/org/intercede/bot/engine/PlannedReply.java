package org.intercede.bot.engine;

import org.intercede.bot.policy.Level;

import java.time.Duration;
import java.util.List;

/**
 * A reply the bot will send because of one buyer message.
 *
 * @param kind  {@code persona}, {@code deterrence} or {@code resource} (CONTRACTS.md, simulate)
 * @param level the deterrence level, or null
 * @param from  which of our numbers sends it
 * @param delay how long after the buyer's message it goes out
 */
public record PlannedReply(String kind, Level level, String from, String body, Duration delay, List<String> media) {
}
