package org.intercede.prompts;

/** How an SMS body is encoded on the air; one character outside GSM-7 turns the whole message into UCS-2. */
public enum Encoding {
    /** GSM 03.38 default alphabet: 7 bits a character, 160 in one segment. */
    GSM7,
    /** UTF-16: 16 bits a code unit, 70 in one segment. */
    UCS2
}
