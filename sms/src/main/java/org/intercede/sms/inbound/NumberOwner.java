package org.intercede.sms.inbound;

import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;

/**
 * The module that answers messages sent to numbers of some role (the bot for decoys, outreach for outreach
 * numbers). The gateway has already stored the message and dropped duplicates.
 */
public interface NumberOwner {

    boolean owns(NumberRole role);

    void onMessage(OwnedNumber number, StoredMessage message);
}
