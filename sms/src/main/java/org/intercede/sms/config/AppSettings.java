package org.intercede.sms.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/**
 * Settings every part of the app shares.
 *
 * @param dataDir    where the embedded Redis, generated development keys and the spool live ({@code INTERCEDE_DATA_DIR})
 * @param production refuses development shortcuts such as generated keys ({@code INTERCEDE_PRODUCTION}, or {@code serve --production})
 */
@ConfigurationProperties("intercede")
public record AppSettings(
        @Bindable(defaultValue = "./data") Path dataDir,
        @Bindable(defaultValue = "false") boolean production) {
}
