package org.intercede.prompts;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param dir          a directory whose catalog files override the built-in ones ({@code INTERCEDE_PROMPTS_DIR});
 *                     empty uses the built-in catalog alone
 * @param pollInterval how often the directory is checked for edits ({@code INTERCEDE_PROMPTS_POLL_INTERVAL})
 */
@ConfigurationProperties("intercede.prompts")
public record PromptsSettings(@Nullable String dir, @Bindable(defaultValue = "2s") Duration pollInterval) {
}
