package org.intercede.sms.inbound;

import io.micronaut.context.annotation.Context;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.phone.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where every inbound message goes, whichever way it came (Twilio webhook or simulator). Created with the app,
 * not at the first webhook, so that messages spooled during an outage are replayed as soon as it starts.
 */
@Context
public class InboundGateway {
    /** Twilio retries a webhook for a while; 48 h covers every retry it makes. */
    static final Duration DEDUPE_WINDOW = Duration.ofHours(48);
    private static final Logger LOG = LoggerFactory.getLogger(InboundGateway.class);

    private final NumberRegistry numbers;
    private final MessageStore store;
    private final MessageEvents events;
    private final List<NumberOwner> owners;
    private final InboundSpool spool;
    private final KeywordHandler keywords;

    public InboundGateway(NumberRegistry numbers, MessageStore store,
                          MessageEvents events, List<NumberOwner> owners, InboundSpool spool, KeywordHandler keywords) {
        this.numbers = numbers;
        this.store = store;
        this.events = events;
        this.owners = owners;
        this.spool = spool;
        this.keywords = keywords;
        spool.startReplaying(this::receive);
    }

    /**
     * Accepts a checked message from a webhook: stored and routed now, or, while Redis is unreachable (or
     * earlier messages still wait in the spool, to keep their order), spooled to disk for later.
     */
    public InboundResult accept(InboundMessage message) {
        if (spool.hasPending()) {
            spool.append(message);
            return InboundResult.SPOOLED;
        }
        try {
            return receive(message);
        } catch (JedisConnectionException e) {
            LOG.warn("Redis unreachable ({}): message {} spooled to disk", e.getClass().getSimpleName(), message.messageSid());
            spool.append(message);
            return InboundResult.SPOOLED;
        }
    }

    public InboundResult receive(InboundMessage message) {
        Optional<OwnedNumber> number = numbers.find(message.to());
        if (number.isEmpty()) {
            LOG.warn("Message to {} which is not one of our numbers: ignored", PhoneNumbers.mask(message.to()));
            return InboundResult.UNKNOWN_NUMBER;
        }
        // The MessageSid is marked in the same round trip that stores the message, and marked done only once
        // the message has been dealt with: a crash (or an outage) in between leaves it "unfinished", and the
        // retry (Twilio's, or the spool's replay) routes the stored message instead of storing it twice.
        MessageStore.Appended appended = store.appendOnce(message.to(), message.from(), message.body(),
                message.mediaUrls(), MessageStatus.RECEIVED, message.messageSid(), DEDUPE_WINDOW);
        if (appended.outcome() == MessageStore.Once.DUPLICATE) {
            LOG.info("Duplicate message {} ignored", message.messageSid());
            return InboundResult.DUPLICATE;
        }
        StoredMessage stored = appended.message();
        if (stored != null && !keywords.handle(number.get(), stored)) {
            route(number.get(), stored);
        }
        store.markDone(appended.conversation(), message.messageSid(), DEDUPE_WINDOW);
        return InboundResult.ACCEPTED;
    }

    private void route(OwnedNumber number, StoredMessage stored) {
        for (NumberOwner owner : owners) {
            if (owner.owns(number.role())) {
                owner.onMessage(number, stored);
                return;
            }
        }
        LOG.warn("No module answers {} numbers; message {} stored only", number.role().label(), stored.id());
    }
}
