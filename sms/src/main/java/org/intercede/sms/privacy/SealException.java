package org.intercede.sms.privacy;

/** A sealed value that cannot be opened: wrong key, truncated, or tampered with. */
public class SealException extends RuntimeException {
    public SealException(String message, Throwable cause) {
        super(message, cause);
    }
}
