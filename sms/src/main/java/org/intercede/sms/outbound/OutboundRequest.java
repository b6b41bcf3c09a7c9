package org.intercede.sms.outbound;

import org.intercede.sms.phone.PhoneNumbers;

import java.util.List;

/** A message to send, checked on construction. Numbers are E.164; {@code from} must be one of ours. */
public record OutboundRequest(String from, String to, String body, List<String> mediaUrls) {

    public OutboundRequest {
        if (!PhoneNumbers.isE164(from)) {
            throw new IllegalArgumentException("from is not an E.164 number");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("to is not an E.164 number");
        }
        if (body == null || body.isBlank() && (mediaUrls == null || mediaUrls.isEmpty())) {
            throw new IllegalArgumentException("a message needs a body or media");
        }
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }

    public static OutboundRequest text(String from, String to, String body) {
        return new OutboundRequest(from, to, body, List.of());
    }
}
