package org.intercede.sms.redis;

import java.net.URI;

/** Where the Redis is; owns the embedded server when there is one, so it stops after the client closes. */
public record RedisEndpoint(URI uri, EmbeddedRedis embedded) implements AutoCloseable {

    public String describe() {
        return describe(uri);
    }

    /** The URL without its password, safe to log. */
    public static String describe(URI uri) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "" : uri.getPath();
        String auth = uri.getUserInfo() == null ? "" : "***@";
        return uri.getScheme() + "://" + auth + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
