package org.intercede.sms.privacy;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed HMAC-SHA256 of personal data, for lookups: the same number always gives the same hash, and
 * without the key nobody can test a guess against a stored hash (a plain hash of a phone number is
 * reversed by enumerating the few billion valid numbers).
 */
public final class PiiHasher {
    private static final int HASH_BYTES = 16;
    private final SecretKeySpec key;
    /** Mac instances are not thread-safe and slow to look up: one per thread, made once. */
    private final ThreadLocal<Mac> macs;

    public PiiHasher(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("hash key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** 128 bits of the HMAC as 32 lowercase hex characters: short enough for Redis keys, far from collisions. */
    public String hash(String value) {
        byte[] full = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(full, 0, HASH_BYTES);
    }
}
