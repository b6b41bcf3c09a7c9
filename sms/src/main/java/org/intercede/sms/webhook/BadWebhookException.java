package org.intercede.sms.webhook;

/** A webhook request we refuse with 400: the message is the short reason sent back. */
public class BadWebhookException extends RuntimeException {
    public BadWebhookException(String reason) {
        super(reason);
    }
}
