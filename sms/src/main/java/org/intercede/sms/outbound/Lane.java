package org.intercede.sms.outbound;

import java.util.Locale;

/** Replies to someone who just wrote go before bulk sends (campaigns), whatever the queue holds. */
public enum Lane {
    REPLY, BULK;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
