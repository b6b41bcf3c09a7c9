package org.intercede.outreach.campaign;

import jakarta.inject.Singleton;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.SendCheck;

import java.util.Optional;

/**
 * At send time, an offer goes out only if it is still the latest offer to that person and within the attempt
 * limit: two campaigns planned at the same moment (in two processes, say) cannot both text someone; the one
 * queued last wins and the other is skipped.
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
        Optional<Recipients.Recipient> recipient = recipients.find(message.message().theirNumber());
        if (attempt > settings.maxAttempts()) {
            return Optional.of("attempt-limit");
        }
        if (recipient.isPresent() && recipient.get().attempts() != attempt) {
            return Optional.of("superseded-offer");
        }
        return Optional.empty();
    }
}
