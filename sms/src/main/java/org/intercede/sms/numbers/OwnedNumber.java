package org.intercede.sms.numbers;

/** One of our own numbers. {@code number} is E.164. */
public record OwnedNumber(String number, NumberRole role, String label) {
}
