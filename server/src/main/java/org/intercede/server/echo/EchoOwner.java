package org.intercede.server.echo;

import jakarta.inject.Singleton;
import org.intercede.sms.inbound.NumberOwner;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

/**
 * Sends every message to a {@code test} number straight back, through the real outbound queue: the whole path
 * from a webhook to a send, tried end to end.
 */
@Singleton
public class EchoOwner implements NumberOwner {
    private final OutboundQueue outbound;

    public EchoOwner(OutboundQueue outbound) {
        this.outbound = outbound;
    }

    @Override
    public boolean owns(NumberRole role) {
        return role == NumberRole.TEST;
    }

    @Override
    public void onMessage(OwnedNumber number, StoredMessage message) {
        if (message.body().isBlank() && message.mediaUrls().isEmpty()) {
            return;
        }
        outbound.enqueue(OutboundRequest.reply(number.number(), message.theirNumber(), message.body())
                .withMedia(message.mediaUrls()));
    }
}
