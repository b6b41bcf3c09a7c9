package org.intercede.sms.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How messages go out. Every field is an environment variable {@code INTERCEDE_OUTBOUND_<FIELD>}.
 *
 * @param workers             dispatcher threads per process
 * @param maxAttempts         tries for a message that fails transiently (network, 5xx) before it is failed
 * @param backoff             wait before the first retry; doubles each time, with jitter
 * @param maxBackoff          the longest wait between retries
 * @param reclaimAfter        a message taken by a dispatcher that has not finished it within this long (the
 *                            dispatcher died) is taken over by another
 * @param segmentsPerSecond   per-sender rate (SMS segments per second, shared by every process); 0 turns limits off.
 *                            US long codes are held to about 1 by carriers, toll-free to 3, short codes to 100
 * @param burstSegments       segments a sender may send at once after being idle
 * @param filteringThreshold  share of a sender's messages filtered by carriers (Twilio 30007) that pauses it
 * @param filteringMinimum    filtered messages needed before the share is judged, so one early filter does not pause
 * @param filteringWindow     how far back the share is counted
 * @param pauseFor            how long a paused sender stays paused
 */
@ConfigurationProperties("intercede.outbound")
public record OutboundSettings(
        @Bindable(defaultValue = "2") int workers,
        @Bindable(defaultValue = "5") int maxAttempts,
        @Bindable(defaultValue = "2s") Duration backoff,
        @Bindable(defaultValue = "5m") Duration maxBackoff,
        @Bindable(defaultValue = "60s") Duration reclaimAfter,
        @Bindable(defaultValue = "1") double segmentsPerSecond,
        @Bindable(defaultValue = "3") int burstSegments,
        @Bindable(defaultValue = "0.05") double filteringThreshold,
        @Bindable(defaultValue = "5") int filteringMinimum,
        @Bindable(defaultValue = "24h") Duration filteringWindow,
        @Bindable(defaultValue = "6h") Duration pauseFor) {

    public boolean rateLimited() {
        return segmentsPerSecond > 0;
    }
}
