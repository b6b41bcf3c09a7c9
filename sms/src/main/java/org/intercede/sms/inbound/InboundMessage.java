package org.intercede.sms.inbound;

import org.intercede.sms.phone.PhoneNumbers;

import java.util.List;

/**
 * A message someone sent to one of our numbers, already checked: numbers are E.164 and the body is present.
 *
 * @param messageSid the provider's id, used to drop duplicates (Twilio retries webhooks)
 */
public record InboundMessage(String messageSid, String from, String to, String body, List<String> mediaUrls) {
    public static final int MAX_BODY_CHARS = 64 * 1024;

    public InboundMessage {
        if (messageSid == null || messageSid.isBlank()) {
            throw new IllegalArgumentException("MessageSid is missing");
        }
        if (!PhoneNumbers.isE164(from)) {
            throw new IllegalArgumentException("From is not an E.164 number");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("To is not an E.164 number");
        }
        if (body == null) {
            throw new IllegalArgumentException("Body is missing");
        }
        if (body.length() > MAX_BODY_CHARS) {
            throw new IllegalArgumentException("Body is over 64 KB");
        }
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
    }
}
