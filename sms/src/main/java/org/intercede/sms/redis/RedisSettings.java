package org.intercede.sms.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param url      {@code redis://[user:password@]host:port[/db]} or {@code rediss://...}; empty starts the embedded Redis ({@code REDIS_URL})
 * @param prefix   first segment of every key, so several installations can share one Redis ({@code INTERCEDE_REDIS_PREFIX})
 * @param poolSize connections in the pool ({@code INTERCEDE_REDIS_POOL_SIZE})
 * @param attach   commands (not {@code serve}) use the embedded Redis a running server started on the same data
 *                 directory instead of starting their own
 */
@ConfigurationProperties("intercede.redis")
public record RedisSettings(
        @Nullable String url,
        @Bindable(defaultValue = "icd") String prefix,
        @Bindable(defaultValue = "32") int poolSize,
        @Bindable(defaultValue = "false") boolean attach) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
