package org.intercede.outreach.console.auth;

import jakarta.inject.Singleton;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.config.AppSettings;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.util.Optional;

/**
 * Development only: the first start without any account creates {@code admin} with a generated password, so
 * someone trying Intercede can open the console at once. Never in production, and never a second time (a Redis
 * marker remembers), even after that account is disabled or renamed away.
 */
@Singleton
public class DemoAdmin {
    public static final String USERNAME = "admin";
    private final UserStore users;
    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final AppSettings app;

    public DemoAdmin(UserStore users, UnifiedJedis redis, RedisKeys keys, AppSettings app) {
        this.users = users;
        this.redis = redis;
        this.keys = keys;
        this.app = app;
    }

    /** The new admin's password, to show once; empty in production, when accounts exist, or when done before. */
    public Optional<String> createIfFirstStart() {
        if (app.production() || users.count() > 0) {
            return Optional.empty();
        }
        if (redis.setnx(keys.key("users", "demo-admin"), "created") == 0) {
            return Optional.empty();
        }
        String password = Passwords.readable();
        users.create(AuditLog.SYSTEM, new NewUser(USERNAME, "Demo admin", Role.ADMIN, null, NewUser.DEFAULT_CAPACITY, null), password);
        return Optional.of(password);
    }
}
