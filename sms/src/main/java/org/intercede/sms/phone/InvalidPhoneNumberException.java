package org.intercede.sms.phone;

/** A phone number that cannot be read as a valid number. The message never repeats the input. */
public class InvalidPhoneNumberException extends IllegalArgumentException {
    public InvalidPhoneNumberException(String reason) {
        super(reason);
    }
}
