package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRegistry;
import org.intercede.sms.optout.InvalidNumbers;
import org.intercede.sms.optout.OptOutStore;
import org.intercede.sms.twilio.TwilioErrors;

/** What an error code means beyond one failed message, applied the same way for API answers and status callbacks. */
@Singleton
public class DeliveryConsequences {
    private final NumberRegistry numbers;
    private final OptOutStore optOuts;
    private final InvalidNumbers invalid;
    private final SenderHealth senders;

    public DeliveryConsequences(NumberRegistry numbers, OptOutStore optOuts, InvalidNumbers invalid, SenderHealth senders) {
        this.numbers = numbers;
        this.optOuts = optOuts;
        this.invalid = invalid;
        this.senders = senders;
    }

    public void apply(StoredMessage message, String errorCode) {
        switch (TwilioErrors.consequenceOf(errorCode)) {
            case RECIPIENT_OPTED_OUT -> numbers.roleOfSender(message.ourNumber()).ifPresent(role ->
                    optOuts.optOut(role, message.theirNumber(), "Twilio " + errorCode));
            case RECIPIENT_INVALID -> invalid.mark(message.theirNumber());
            case CARRIER_FILTERED -> senders.filtered(message.ourNumber());
            case NONE -> {
            }
        }
    }
}
