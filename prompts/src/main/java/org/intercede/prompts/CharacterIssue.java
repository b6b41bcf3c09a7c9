package org.intercede.prompts;

/**
 * A character that forces UCS-2 although a GSM-7 look-alike exists (a curly quote, a long dash...):
 * typed by a word processor, it silently halves how much text fits in a segment.
 *
 * @param index      position in the Java string (UTF-16 index)
 * @param character  the character as written
 * @param suggestion the plain GSM-7 replacement
 */
public record CharacterIssue(int index, String character, String suggestion) {
}
