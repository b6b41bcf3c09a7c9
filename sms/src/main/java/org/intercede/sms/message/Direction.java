package org.intercede.sms.message;

public enum Direction {
    INBOUND, OUTBOUND
}
