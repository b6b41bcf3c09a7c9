package org.intercede.sms.inbound;

/** What the gateway did with an inbound message. */
public enum InboundResult {
    /** Stored and handed to the owner of the number. */
    ACCEPTED,
    /** Seen before (same MessageSid within the dedupe window): acknowledged, nothing done. */
    DUPLICATE,
    /** Sent to a number that is not ours: acknowledged, nothing stored. */
    UNKNOWN_NUMBER,
    /** Redis was unreachable: kept in the local spool, to be stored and routed when it is back. */
    SPOOLED
}
