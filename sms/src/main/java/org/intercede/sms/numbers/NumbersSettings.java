package org.intercede.sms.numbers;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/** @param file a YAML file listing our numbers ({@code INTERCEDE_NUMBERS_FILE}); empty uses the built-in development numbers */
@ConfigurationProperties("intercede.numbers")
public record NumbersSettings(@Nullable String file) {
}
