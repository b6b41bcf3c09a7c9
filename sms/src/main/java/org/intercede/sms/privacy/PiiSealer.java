package org.intercede.sms.privacy;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * AES-256-GCM for phone numbers and message bodies at rest.
 *
 * <p>Format: base64url of {@code version(1) | nonce(12) | ciphertext+tag}. A random 96-bit nonce per value,
 * as NIST SP 800-38D recommends; the tag makes any change to the stored value detectable.
 */
public final class PiiSealer {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();
    // Cipher.getInstance looks the provider up each time, which was most of a seal's cost under load; a Cipher
    // is not thread-safe, so each thread keeps its own (re-initialised with a fresh nonce for every value).
    private static final ThreadLocal<Cipher> SEALING = ThreadLocal.withInitial(PiiSealer::aesGcm);
    private static final ThreadLocal<Cipher> OPENING = ThreadLocal.withInitial(PiiSealer::aesGcm);

    public PiiSealer(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("PII key must be 32 bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    public String seal(String plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = SEALING.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length);
            out.put(VERSION).put(nonce).put(sealed);
            return ENCODER.encodeToString(out.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public String open(String sealed) {
        byte[] raw;
        try {
            raw = DECODER.decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new SealException("sealed value is not base64url", e);
        }
        if (raw.length < 1 + NONCE_BYTES + TAG_BITS / 8 || raw[0] != VERSION) {
            throw new SealException("sealed value is truncated or of an unknown version", null);
        }
        try {
            Cipher cipher = OPENING.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 1, NONCE_BYTES));
            byte[] plain = cipher.doFinal(raw, 1 + NONCE_BYTES, raw.length - 1 - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new SealException("sealed value was tampered with or sealed under another key", e);
        } catch (GeneralSecurityException e) {
            throw new SealException("sealed value cannot be opened", e);
        }
    }

    private static Cipher aesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }
}
