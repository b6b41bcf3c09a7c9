package org.intercede.server.simulator;

import jakarta.inject.Singleton;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.inbound.InboundGateway;
import org.intercede.sms.inbound.InboundMessage;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.config.AppSettings;
import org.intercede.sms.phone.PhoneNumbers;
import org.intercede.sms.provider.SimulatorProvider;
import org.intercede.sms.provider.SmsProvider;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

/**
 * A phone that is not a phone: texts typed on the page enter through the same gateway as a Twilio webhook
 * (same dedupe, storage and routing), and the thread is read back from the message store.
 */
@Singleton
public class SimulatorService {
    static final int THREAD_LIMIT = 500;
    private final InboundGateway gateway;
    private final NumberRegistry numbers;
    private final MessageStore store;
    private final MessageEvents events;
    private final SecureRandom random = new SecureRandom();

    private final boolean enabled;

    /**
     * The simulator is on only while sending goes through the simulator provider and not in production: with
     * Twilio behind it, a made-up "phone" would be a real person's number, and replies would really be sent.
     */
    public SimulatorService(InboundGateway gateway, NumberRegistry numbers, MessageStore store, MessageEvents events,
                            SmsProvider provider, AppSettings app) {
        this.enabled = provider instanceof SimulatorProvider && !app.production();
        this.gateway = gateway;
        this.numbers = numbers;
        this.store = store;
        this.events = events;
    }

    /** Both ends of a simulated conversation, checked: the phone is not ours, the other end is. */
    public record Pair(String phone, String ourNumber) {
    }

    public boolean enabled() {
        return enabled;
    }

    public Pair pair(String from, String to) {
        if (!enabled) {
            throw new SimulatorOffException();
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("both 'from' (the simulated phone) and 'to' (one of our numbers) are required");
        }
        String phone = PhoneNumbers.toE164(from, "US");
        String ours = PhoneNumbers.toE164(to, "US");
        if (!numbers.isOurs(ours)) {
            throw new IllegalArgumentException("'to' must be one of our numbers (GET /api/simulator/numbers lists them)");
        }
        if (numbers.isOurs(phone)) {
            throw new IllegalArgumentException("'from' must be a made-up phone, not one of our numbers");
        }
        return new Pair(phone, ours);
    }

    public StoredMessage send(SimulatedText text) {
        Pair pair = pair(text.from(), text.to());
        if (text.body() == null || text.body().isBlank()) {
            throw new IllegalArgumentException("'body' is empty");
        }
        String sid = "SM" + HexFormat.of().formatHex(random.generateSeed(16));
        gateway.receive(new InboundMessage(sid, pair.phone(), pair.ourNumber(), text.body(), List.of()));
        String conversation = store.conversationId(pair.ourNumber(), pair.phone());
        List<StoredMessage> thread = store.thread(conversation, THREAD_LIMIT);
        return thread.stream().filter(m -> sid.equals(m.providerId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the message was not stored"));
    }

    public List<StoredMessage> thread(Pair pair) {
        return store.thread(store.conversationId(pair.ourNumber(), pair.phone()), THREAD_LIMIT);
    }

    /** Calls {@code listener} with each new or changed message of the pair's conversation until closed. */
    public AutoCloseable watch(Pair pair, Consumer<StoredMessage> listener) {
        String conversation = store.conversationId(pair.ourNumber(), pair.phone());
        return events.subscribe(conversation, id -> store.get(conversation, id).ifPresent(listener));
    }
}
