package org.intercede.sms.privacy;

/** A secret the app cannot run without. The message says which variable to set and how. */
public class MissingSecretException extends RuntimeException {
    public MissingSecretException(String message) {
        super(message);
    }
}
