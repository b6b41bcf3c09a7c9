package org.intercede.sms.outbound;

import org.intercede.sms.phone.PhoneNumbers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A message to send, checked on construction.
 *
 * @param from           one of our numbers (E.164) or a Twilio Messaging Service SID ({@code MG...}) for a pool
 * @param notBefore      not sent before this time (null: now)
 * @param validity       dropped, not sent, when it cannot go out within this long after it was enqueued (null: no limit)
 * @param idempotencyKey a second enqueue with the same key returns the first message instead of sending twice (null: none)
 * @param confirmsOptOut the one message that may reach someone who just opted out: the confirmation carriers expect
 * @param purpose        what the message is for, as the sending module names it (its {@link SendCheck}s read it), or null
 */
public record OutboundRequest(String from, String to, String body, List<String> mediaUrls, Lane lane,
                              Instant notBefore, Duration validity, String idempotencyKey, boolean confirmsOptOut,
                              String purpose) {

    public OutboundRequest {
        if (from == null || !PhoneNumbers.isE164(from) && !from.matches("MG[0-9a-fA-F]{32}")) {
            throw new IllegalArgumentException("from must be an E.164 number or a Messaging Service SID");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("to is not an E.164 number");
        }
        mediaUrls = mediaUrls == null ? List.of() : List.copyOf(mediaUrls);
        if (body == null || body.isBlank() && mediaUrls.isEmpty()) {
            throw new IllegalArgumentException("a message needs a body or media");
        }
        if (lane == null) {
            throw new IllegalArgumentException("lane is required");
        }
        if (validity != null && (validity.isNegative() || validity.isZero())) {
            throw new IllegalArgumentException("validity must be positive");
        }
        if (idempotencyKey != null && idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("idempotency key must not be blank");
        }
    }

    /** A reply to someone who just wrote: the fast lane, no delay. */
    public static OutboundRequest reply(String from, String to, String body) {
        return new OutboundRequest(from, to, body, List.of(), Lane.REPLY, null, null, null, false, null);
    }

    public static OutboundRequest bulk(String from, String to, String body) {
        return new OutboundRequest(from, to, body, List.of(), Lane.BULK, null, null, null, false, null);
    }

    public OutboundRequest withMedia(List<String> urls) {
        return new OutboundRequest(from, to, body, urls, lane, notBefore, validity, idempotencyKey, confirmsOptOut, purpose);
    }

    public OutboundRequest notBefore(Instant when) {
        return new OutboundRequest(from, to, body, mediaUrls, lane, when, validity, idempotencyKey, confirmsOptOut, purpose);
    }

    public OutboundRequest validFor(Duration duration) {
        return new OutboundRequest(from, to, body, mediaUrls, lane, notBefore, duration, idempotencyKey, confirmsOptOut, purpose);
    }

    /** This message confirms an opt-out, so it goes to the person who just opted out (once). */
    public OutboundRequest confirmingOptOut() {
        return new OutboundRequest(from, to, body, mediaUrls, lane, notBefore, validity, idempotencyKey, true, purpose);
    }

    public OutboundRequest purpose(String what) {
        return new OutboundRequest(from, to, body, mediaUrls, lane, notBefore, validity, idempotencyKey, confirmsOptOut, what);
    }

    public OutboundRequest idempotencyKey(String key) {
        return new OutboundRequest(from, to, body, mediaUrls, lane, notBefore, validity, key, confirmsOptOut, purpose);
    }
}
