package org.intercede.bot.live;

import jakarta.inject.Singleton;
import org.intercede.bot.engine.BotEngine;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

import java.time.Clock;
import java.util.List;

/**
 * A supervisor takes a decoy conversation over: the bot stops, the supervisor's messages go out from the decoy
 * number, and the bot resumes when it is handed back. Conversations are named by their id (a keyed hash), so
 * the buyer's number never travels through the API.
 */
@Singleton
public class Takeovers {
    private final BotEngine engine;
    private final RedisBotMemory memory;
    private final MessageStore store;
    private final OutboundQueue outbound;
    private final NumberRegistry numbers;
    private final Clock clock;

    public Takeovers(BotEngine engine, RedisBotMemory memory, MessageStore store, OutboundQueue outbound,
                     NumberRegistry numbers, Clock clock) {
        this.engine = engine;
        this.memory = memory;
        this.store = store;
        this.outbound = outbound;
        this.numbers = numbers;
        this.clock = clock;
    }

    public void takeOver(String conversation) {
        decoyConversation(conversation);
        engine.takeOver(conversation, clock.instant(), memory);
    }

    public void handBack(String conversation) {
        decoyConversation(conversation);
        engine.handBack(conversation, clock.instant(), memory);
    }

    /** Sends the supervisor's text from the decoy, in the same thread; only while the conversation is taken over. */
    public StoredMessage send(String conversation, String body) {
        StoredMessage last = decoyConversation(conversation);
        if (memory.conversation(conversation).map(s -> s.stage() != org.intercede.bot.policy.Stage.TAKEN_OVER).orElse(true)) {
            throw new IllegalArgumentException("take the conversation over before writing in it");
        }
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the message is empty");
        }
        return outbound.enqueue(OutboundRequest.reply(last.ourNumber(), last.theirNumber(), body));
    }

    /** The conversation's latest message, after checking it is a decoy's. */
    private StoredMessage decoyConversation(String conversation) {
        if (conversation == null || !conversation.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a conversation id");
        }
        List<StoredMessage> thread = store.thread(conversation, 1);
        if (thread.isEmpty()) {
            throw new IllegalArgumentException("no such conversation");
        }
        StoredMessage last = thread.get(0);
        OwnedNumber ours = numbers.find(last.ourNumber()).orElseThrow(() -> new IllegalArgumentException("no such conversation"));
        if (ours.role() != NumberRole.DECOY) {
            throw new IllegalArgumentException("only decoy conversations can be taken over");
        }
        return last;
    }
}
