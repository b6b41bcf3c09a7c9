package org.intercede.sms.message;

import java.time.Instant;
import java.util.List;

/**
 * A message as stored, opened for use. {@code ourNumber} and {@code theirNumber} are E.164; the
 * conversation id is the keyed hash of the pair, so it reveals neither.
 */
public record StoredMessage(
        String id,
        String conversation,
        Direction direction,
        String ourNumber,
        String theirNumber,
        String body,
        List<String> mediaUrls,
        Instant at,
        MessageStatus status,
        String providerId,
        String errorCode) {
}
