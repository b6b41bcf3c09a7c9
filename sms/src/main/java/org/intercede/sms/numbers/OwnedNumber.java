package org.intercede.sms.numbers;

/**
 * One of our own numbers. {@code number} is E.164.
 *
 * @param pool         the Twilio Messaging Service SID it belongs to, or null
 * @param persona      for a decoy: the catalog persona it speaks as (null: the catalog's first)
 * @param jurisdiction whose law its deterrence cites (null: the catalog's default)
 * @param locale       the language it writes in when the sender's is unknown (null: en)
 * @param burned       exposed (for example published as a sting): never sends again
 */
public record OwnedNumber(String number, NumberRole role, String label, String pool, String persona,
                          String jurisdiction, String locale, boolean burned) {

    public OwnedNumber(String number, NumberRole role, String label) {
        this(number, role, label, null, null, null, null, false);
    }

    public String localeOrDefault() {
        return locale == null ? "en" : locale;
    }
}
