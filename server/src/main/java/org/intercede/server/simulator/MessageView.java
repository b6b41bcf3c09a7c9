package org.intercede.server.simulator;

import io.micronaut.core.annotation.Introspected;
import org.intercede.sms.message.Direction;
import org.intercede.sms.message.StoredMessage;

import java.util.List;

/** A message as the simulated phone shows it: {@code sent} by the phone, or {@code received} from us. */
@Introspected
public record MessageView(String id, String side, String body, List<String> media, String at, String status) {

    static MessageView of(StoredMessage m) {
        return new MessageView(m.id(), m.direction() == Direction.INBOUND ? "sent" : "received", m.body(),
                m.mediaUrls(), m.at().toString(), m.status().label());
    }
}
