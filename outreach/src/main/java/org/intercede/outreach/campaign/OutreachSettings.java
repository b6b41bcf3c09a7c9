package org.intercede.outreach.campaign;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param cooldown    a number texted this recently is not texted again ({@code INTERCEDE_OUTREACH_COOLDOWN})
 * @param maxAttempts no number is ever texted more than this many times ({@code INTERCEDE_OUTREACH_MAX_ATTEMPTS})
 */
@ConfigurationProperties("intercede.outreach")
public record OutreachSettings(
        @Bindable(defaultValue = "30d") Duration cooldown,
        @Bindable(defaultValue = "2") int maxAttempts) {
}
