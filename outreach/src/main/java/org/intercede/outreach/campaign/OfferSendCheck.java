package org.intercede.outreach.campaign;

import jakarta.inject.Singleton;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.SendCheck;

import java.util.Optional;

/**
 * At send time, an offer goes out only within the attempt limit and if no other offer reached that person within
 * the cooldown: two campaigns planned at the same moment (in two processes, say) cannot both text someone,
 * whatever order their messages are queued and dispatched in. The person is claimed atomically in Redis.
 */
@Singleton
public class OfferSendCheck implements SendCheck {
    private static final String PREFIX = "offer:";
    private final Recipients recipients;
    private final OutreachSettings settings;

    public OfferSendCheck(Recipients recipients, OutreachSettings settings) {
        this.recipients = recipients;
        this.settings = settings;
    }

    static String purpose(long attempt) {
        return PREFIX + attempt;
    }

    @Override
    public Optional<String> refuse(MessageStore.Loaded message, NumberRole senderRole) {
        String purpose = message.field(OutboundQueue.FIELD_PURPOSE);
        if (senderRole != NumberRole.OUTREACH || purpose == null || !purpose.startsWith(PREFIX)) {
            return Optional.empty();
        }
        long attempt = Long.parseLong(purpose.substring(PREFIX.length()));
        if (attempt > settings.maxAttempts()) {
            return Optional.of("attempt-limit");
        }
        if (!recipients.claimOffer(message.message().theirNumber(), message.message().id(), settings.cooldown())) {
            return Optional.of("another-offer-within-cooldown");
        }
        return Optional.empty();
    }
}
