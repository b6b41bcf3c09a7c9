package org.intercede.sms.redis;

import jakarta.inject.Singleton;

import java.util.regex.Pattern;

/**
 * Builds every Redis key: {@code <prefix>:{<tag>}:<part>:...}.
 *
 * <p>The part in braces is a Redis Cluster hash tag: keys that one operation touches together share a tag
 * and so a slot, which keeps multi-key commands and Lua scripts legal on a cluster.
 */
@Singleton
public class RedisKeys {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private final String prefix;

    public RedisKeys(RedisSettings settings) {
        this(settings.prefix());
    }

    public RedisKeys(String prefix) {
        if (prefix == null || !SAFE.matcher(prefix).matches()) {
            throw new IllegalArgumentException("Redis key prefix must be letters, digits, '.', '_' or '-'");
        }
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    /** A key in the slot of {@code tag}. Tags and parts must not contain braces or colons. */
    public String key(String tag, String... parts) {
        StringBuilder key = new StringBuilder(prefix).append(":{").append(check(tag)).append('}');
        for (String part : parts) {
            key.append(':').append(check(part));
        }
        return key.toString();
    }

    /** A pattern matching every key of this installation, for scans in tests and tools. */
    public String all() {
        return prefix + ":*";
    }

    private static String check(String segment) {
        if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('}') >= 0 || segment.indexOf(':') >= 0) {
            throw new IllegalArgumentException("key segment must be non-empty without '{', '}' or ':'");
        }
        return segment;
    }
}
