package org.intercede.server.echo;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import org.intercede.sms.inbound.NumberOwner;
import org.intercede.sms.message.StoredMessage;
import org.intercede.sms.numbers.NumberRole;
import org.intercede.sms.numbers.OwnedNumber;
import org.intercede.sms.outbound.OutboundQueue;
import org.intercede.sms.outbound.OutboundRequest;

/**
 * Sends every message straight back, through the real outbound queue. It answers {@code test} numbers, and
 * (being ordered last) any number whose module has not claimed its role yet, so the whole path from a
 * webhook to a send can be tried before the bot and outreach answer their numbers.
 */
@Singleton
@Order(Ordered.LOWEST_PRECEDENCE)
public class EchoOwner implements NumberOwner {
    private final OutboundQueue outbound;

    public EchoOwner(OutboundQueue outbound) {
        this.outbound = outbound;
    }

    @Override
    public boolean owns(NumberRole role) {
        return true;
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
