package org.intercede.sms.outbound;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** @param workers dispatcher threads per process ({@code INTERCEDE_OUTBOUND_WORKERS}) */
@ConfigurationProperties("intercede.outbound")
public record OutboundSettings(@Bindable(defaultValue = "2") int workers) {
}
