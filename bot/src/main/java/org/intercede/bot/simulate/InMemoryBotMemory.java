package org.intercede.bot.simulate;

import org.intercede.bot.engine.BotMemory;
import org.intercede.bot.policy.ConversationState;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The throw-away store of {@code simulate}: one run, one map, nothing kept. */
final class InMemoryBotMemory implements BotMemory {
    private final Map<String, ConversationState> conversations = new HashMap<>();
    private final Map<String, Instant> deterred = new HashMap<>();
    private final Map<String, Set<String>> seen = new HashMap<>();

    @Override
    public Optional<ConversationState> conversation(String conversationKey) {
        return Optional.ofNullable(conversations.get(conversationKey));
    }

    @Override
    public void save(String conversationKey, ConversationState state) {
        conversations.put(conversationKey, state);
    }

    @Override
    public Optional<Instant> lastDeterred(String buyerKey) {
        return Optional.ofNullable(deterred.get(buyerKey));
    }

    @Override
    public void deterred(String buyerKey, Instant at) {
        deterred.put(buyerKey, at);
    }

    @Override
    public boolean hasSeen(String buyerKey, String ourNumber) {
        return seen.getOrDefault(buyerKey, Set.of()).contains(ourNumber);
    }

    @Override
    public void seen(String buyerKey, String ourNumber) {
        seen.computeIfAbsent(buyerKey, k -> new HashSet<>()).add(ourNumber);
    }
}
