package org.intercede.sms.provider;

/**
 * The closed set of what can happen to a send. The provider classifies; the dispatcher, not the provider,
 * decides whether and when to retry.
 */
public record SendResult(Outcome outcome, String providerId, String errorCode, String reason) {

    public enum Outcome {
        /** Accepted by the provider. */
        SENT,
        /** The provider asked us to slow down: try again later, not counted as a failed attempt. */
        THROTTLED,
        /** Might work later: retry with backoff, a bounded number of times. */
        TRANSIENT_FAILURE,
        /** Will never work: no retry. */
        PERMANENT_FAILURE
    }

    public static SendResult sent(String providerId) {
        return new SendResult(Outcome.SENT, providerId, null, null);
    }

    public static SendResult failed(Outcome outcome, String errorCode, String reason) {
        return new SendResult(outcome, null, errorCode, reason);
    }
}
