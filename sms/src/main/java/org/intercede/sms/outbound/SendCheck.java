package org.intercede.sms.outbound;

import org.intercede.sms.message.MessageStore;
import org.intercede.sms.numbers.NumberRole;

import java.util.Optional;

/**
 * A module's own rule, checked at send time after the gateway's (opt-outs, invalid numbers, our own numbers,
 * landlines, validity): outreach, for instance, that an offer is still the latest one to that person.
 */
public interface SendCheck {

    /** Why this message must not go out now, or empty to let it go. */
    Optional<String> refuse(MessageStore.Loaded message, NumberRole senderRole);
}
