package org.intercede.sms.numbers;

/** One of our own numbers. {@code number} is E.164; {@code pool} the Messaging Service SID it belongs to, or null. */
public record OwnedNumber(String number, NumberRole role, String label, String pool) {

    public OwnedNumber(String number, NumberRole role, String label) {
        this(number, role, label, null);
    }
}
