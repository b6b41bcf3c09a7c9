package org.intercede.sms.privacy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the two secret keys. Secrets come only from the environment ({@code NAME}, base64) or from a file
 * the environment names ({@code NAME_FILE}); never from configuration files, never logged.
 *
 * <p>In development a missing key is generated once into {@code <data>/keys} so a newcomer can start without
 * ceremony; in production a missing key stops the app.
 */
public final class SecretKeys {
    public static final String HASH_KEY = "INTERCEDE_HASH_KEY";
    public static final String PII_KEY = "INTERCEDE_PII_KEY";
    private static final Logger LOG = LoggerFactory.getLogger(SecretKeys.class);

    private final Secrets secrets;
    private final Path keyDir;
    private final boolean production;

    public SecretKeys(Map<String, String> env, Path dataDir, boolean production) {
        this(new Secrets(env), dataDir, production);
    }

    public SecretKeys(Secrets secrets, Path dataDir, boolean production) {
        this.secrets = secrets;
        this.keyDir = dataDir.resolve("keys");
        this.production = production;
    }

    public byte[] hashKey() {
        return load(HASH_KEY, "hash.key");
    }

    public byte[] piiKey() {
        return load(PII_KEY, "pii.key");
    }

    private byte[] load(String name, String devFile) {
        Optional<String> configured = secrets.get(name);
        if (configured.isPresent()) {
            return decode(name, configured.get());
        }
        if (production) {
            throw new MissingSecretException(name + " is not set; production needs it. Generate one with "
                    + "'openssl rand -base64 32' and set " + name + " (or " + name + "_FILE naming a file that holds it).");
        }
        return developmentKey(name, keyDir.resolve(devFile));
    }

    private byte[] developmentKey(String name, Path path) {
        if (Files.exists(path)) {
            return decode(path.toString(), read(path, path.toString()));
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system (Windows): the directory's own permissions apply.
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write development key " + path, e);
        }
        LOG.warn("!!! {} is not set: generated a DEVELOPMENT key into {}. Anyone with this file can read the "
                + "stored phone numbers and messages. Set {} before handling real people's data. !!!", name, path, name);
        return key;
    }

    private static String read(Path path, String what) {
        try {
            return Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new MissingSecretException(what + " names a file that cannot be read: " + path);
        }
    }

    private static byte[] decode(String what, String base64) {
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != 32) {
                throw new MissingSecretException(what + " must hold 32 bytes in base64 (openssl rand -base64 32); it holds "
                        + key.length + " bytes");
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw new MissingSecretException(what + " is not valid base64 (generate one with 'openssl rand -base64 32')");
        }
    }
}
