package org.intercede.sms.message;

import java.util.Locale;

/** Where a message is; outbound statuses follow Twilio's names so status callbacks map one to one. */
public enum MessageStatus {
    RECEIVED, QUEUED, SENT, DELIVERED, UNDELIVERED, FAILED, SKIPPED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
