package org.intercede.sms.outbound;

import jakarta.inject.Singleton;
import org.intercede.sms.events.MessageEvents;
import org.intercede.sms.message.MessageStatus;
import org.intercede.sms.message.MessageStore;
import org.intercede.sms.message.StoredMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's delivery reports. They can arrive out of order (sent after delivered), so a status only moves
 * forward; a failure with an error code also applies that code's consequences.
 */
@Singleton
public class StatusCallbacks {
    private static final Logger LOG = LoggerFactory.getLogger(StatusCallbacks.class);
    private static final Map<String, MessageStatus> TWILIO = Map.ofEntries(
            Map.entry("accepted", MessageStatus.QUEUED), Map.entry("scheduled", MessageStatus.QUEUED),
            Map.entry("queued", MessageStatus.QUEUED), Map.entry("sending", MessageStatus.SENT),
            Map.entry("sent", MessageStatus.SENT), Map.entry("delivered", MessageStatus.DELIVERED),
            Map.entry("read", MessageStatus.DELIVERED), Map.entry("undelivered", MessageStatus.UNDELIVERED),
            Map.entry("failed", MessageStatus.FAILED), Map.entry("canceled", MessageStatus.FAILED));

    private final MessageStore store;
    private final DeliveryConsequences consequences;
    private final MessageEvents events;
    private final DeliveryCounts counts;

    public StatusCallbacks(MessageStore store, DeliveryConsequences consequences, MessageEvents events,
                           DeliveryCounts counts) {
        this.store = store;
        this.consequences = consequences;
        this.events = events;
        this.counts = counts;
    }

    public void apply(String providerId, String twilioStatus, String errorCode) {
        MessageStatus status = TWILIO.get(twilioStatus.toLowerCase(Locale.ROOT));
        Optional<StoredMessage> found = store.findByProviderId(providerId);
        if (status == null || found.isEmpty()) {
            LOG.info("Status '{}' for unknown message {} ignored", twilioStatus, providerId);
            return;
        }
        StoredMessage message = found.get();
        if (rank(status) > rank(message.status())) {
            store.updateStatus(message.conversation(), message.id(), status, null, errorCode);
            events.publish(message.conversation(), message.id());
            if (status == MessageStatus.DELIVERED) {
                counts.delivered(store.field(message.conversation(), message.id(), OutboundQueue.FIELD_PURPOSE));
            }
        }
        if (errorCode != null) {
            consequences.apply(message, errorCode);
        }
    }

    private static int rank(MessageStatus status) {
        return switch (status) {
            case RECEIVED, QUEUED -> 0;
            case SENT -> 1;
            case DELIVERED, UNDELIVERED, FAILED, SKIPPED -> 2;
        };
    }
}
