package org.intercede.outreach.console.auth;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.intercede.outreach.console.audit.AuditLog;
import org.intercede.sms.privacy.PiiSealer;
import org.intercede.sms.redis.RedisKeys;
import redis.clients.jedis.UnifiedJedis;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Console accounts in Redis, all under one hash tag ({@code <prefix>:{users}:...}) so creation can claim the
 * username and write the account in one script. A phone number is sealed (AES-GCM); the password is an argon2id
 * hash that never leaves this class. Every change is written to the {@link AuditLog} with who made it.
 */
@Singleton
public class UserStore {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{16}");
    /** Claims the username, then writes the account: both or neither. */
    private static final String CREATE = """
            if redis.call('hsetnx', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
            redis.call('hset', KEYS[2], unpack(ARGV, 3))
            return 1
            """;

    private final UnifiedJedis redis;
    private final RedisKeys keys;
    private final PiiSealer sealer;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UserStore(UnifiedJedis redis, RedisKeys keys, PiiSealer sealer, PasswordHasher hasher, SessionStore sessions,
              AuditLog audit, Clock clock) {
        this.redis = redis;
        this.keys = keys;
        this.sealer = sealer;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account. Throws IllegalArgumentException, with nothing stored, for a taken username (whatever
     * its case) or a password under 12 characters.
     *
     * @param actor the user id making the change, or {@link AuditLog#SYSTEM}
     */
    public ConsoleUser create(String actor, NewUser user, String password) {
        Passwords.check(password);
        byte[] idBytes = new byte[8];
        random.nextBytes(idBytes);
        String id = HexFormat.of().formatHex(idBytes);
        Instant now = clock.instant();
        ConsoleUser created = new ConsoleUser(id, user.username(), user.displayName(), user.role(), user.languages(),
                user.capacity(), user.phone(), false, false, now);
        Map<String, String> fields = fields(created);
        fields.put("created", Long.toString(now.toEpochMilli()));
        fields.put("disabled", "0");
        fields.put("password", hasher.hash(password));
        List<String> args = new ArrayList<>(List.of(user.username(), id));
        fields.forEach((name, value) -> {
            args.add(name);
            args.add(value);
        });
        Object claimed = redis.eval(CREATE, List.of(namesKey(), userKey(id)), args);
        if (!Long.valueOf(1).equals(claimed)) {
            throw new IllegalArgumentException("username '" + user.username() + "' is taken");
        }
        audit.append(actor, "user-create", user.username(), "role " + user.role().label());
        return created;
    }

    public Optional<ConsoleUser> find(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Map<String, String> f = redis.hgetAll(userKey(id));
        return f.isEmpty() ? Optional.empty() : Optional.of(user(id, f));
    }

    /** The account of {@code username}, in any case. */
    public Optional<ConsoleUser> findByUsername(String username) {
        return idOf(username).flatMap(this::find);
    }

    /** Every account, disabled ones included, by username. */
    public List<ConsoleUser> list() {
        return redis.hvals(namesKey()).stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ConsoleUser::username)).toList();
    }

    public long count() {
        return redis.hlen(namesKey());
    }

    /** Changes everything but the username, password and disabled flag. Throws IllegalArgumentException for a bad field. */
    public ConsoleUser update(String actor, String id, String displayName, Role role, List<String> languages, int capacity,
                              @Nullable String phone, boolean onCall) {
        ConsoleUser before = existing(id);
        if (role == null) {
            throw new IllegalArgumentException("role is required: caseworker, supervisor or admin");
        }
        ConsoleUser after = new ConsoleUser(id, before.username(), UserFields.displayName(displayName), role,
                UserFields.languages(languages), UserFields.capacity(capacity), UserFields.phone(phone), onCall,
                before.disabled(), before.createdAt());
        redis.hset(userKey(id), fields(after));
        if (after.phone() == null) {
            redis.hdel(userKey(id), "phone");
        }
        audit.append(actor, "user-update", before.username(), changes(before, after));
        return after;
    }

    /** Sets a new password and signs the user out everywhere. */
    public void setPassword(String actor, String id, String password) {
        Passwords.check(password);
        ConsoleUser user = existing(id);
        redis.hset(userKey(id), "password", hasher.hash(password));
        sessions.deleteAllFor(id);
        audit.append(actor, "user-password", user.username(), null);
    }

    /** The account can no longer sign in, and its sessions end now. */
    public void disable(String actor, String id) {
        ConsoleUser user = existing(id);
        redis.hset(userKey(id), "disabled", "1");
        sessions.deleteAllFor(id);
        audit.append(actor, "user-disable", user.username(), null);
    }

    public void enable(String actor, String id) {
        ConsoleUser user = existing(id);
        redis.hset(userKey(id), "disabled", "0");
        audit.append(actor, "user-enable", user.username(), null);
    }

    /**
     * The enabled account whose password this is. An unknown or disabled username costs the same hashing time
     * as a known one, so the answer's timing does not tell which usernames exist.
     */
    public Optional<ConsoleUser> authenticate(String username, String password) {
        String given = password == null ? "" : password;
        if (given.length() > Passwords.MAX_LENGTH) {
            hasher.verifyNothing(given.substring(0, Passwords.MAX_LENGTH));
            return Optional.empty();
        }
        Optional<String> id = idOf(username);
        Map<String, String> f = id.map(i -> redis.hgetAll(userKey(i))).orElse(Map.of());
        if (f.isEmpty() || "1".equals(f.get("disabled"))) {
            hasher.verifyNothing(given);
            return Optional.empty();
        }
        String stored = f.get("password");
        if (!hasher.verify(given, stored)) {
            return Optional.empty();
        }
        if (hasher.outdated(stored)) {
            // The cost was changed since this hash was made: upgrade it while the password is at hand.
            redis.hset(userKey(id.get()), "password", hasher.hash(given));
        }
        return Optional.of(user(id.get(), f));
    }

    private Optional<String> idOf(String username) {
        String name = UserFields.normalise(username);
        if (!UserFields.USERNAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(redis.hget(namesKey(), name));
    }

    private ConsoleUser existing(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no such user"));
    }

    private Map<String, String> fields(ConsoleUser user) {
        Map<String, String> fields = new HashMap<>();
        fields.put("username", user.username());
        fields.put("name", user.displayName());
        fields.put("role", user.role().label());
        fields.put("languages", String.join(",", user.languages()));
        fields.put("capacity", Integer.toString(user.capacity()));
        fields.put("oncall", user.onCall() ? "1" : "0");
        if (user.phone() != null) {
            fields.put("phone", sealer.seal(user.phone()));
        }
        return fields;
    }

    private ConsoleUser user(String id, Map<String, String> f) {
        String phone = f.get("phone");
        return new ConsoleUser(id, f.get("username"), f.get("name"), Role.parse(f.get("role")),
                Arrays.asList(f.get("languages").split(",")), Integer.parseInt(f.get("capacity")),
                phone == null ? null : sealer.open(phone), "1".equals(f.get("oncall")), "1".equals(f.get("disabled")),
                Instant.ofEpochMilli(Long.parseLong(f.get("created"))));
    }

    /** Which fields changed, by name only: the audit trail never holds a phone number. */
    private static String changes(ConsoleUser before, ConsoleUser after) {
        Map<String, Boolean> changed = new LinkedHashMap<>();
        changed.put("display name", !before.displayName().equals(after.displayName()));
        changed.put("role " + after.role().label(), before.role() != after.role());
        changed.put("languages " + String.join(",", after.languages()), !before.languages().equals(after.languages()));
        changed.put("capacity " + after.capacity(), before.capacity() != after.capacity());
        changed.put("phone", !Objects.equals(before.phone(), after.phone()));
        changed.put(after.onCall() ? "on call" : "off call", before.onCall() != after.onCall());
        List<String> names = changed.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
        return names.isEmpty() ? "no change" : String.join(", ", names);
    }

    private String namesKey() {
        return keys.key("users", "names");
    }

    private String userKey(String id) {
        return keys.key("users", "user", id);
    }
}
