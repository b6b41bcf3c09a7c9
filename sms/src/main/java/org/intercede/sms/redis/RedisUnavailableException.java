package org.intercede.sms.redis;

/** Redis cannot be reached at start. The message is one line a person can act on. */
public class RedisUnavailableException extends RuntimeException {
    public RedisUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
