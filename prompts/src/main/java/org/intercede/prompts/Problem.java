package org.intercede.prompts;

/**
 * One thing wrong with a catalog, said so that an operator can act on it.
 *
 * @param file    the catalog file, as the operator knows it
 * @param key     the message key or YAML path; {@code -} when the whole file is concerned
 * @param message what is wrong
 * @param fix     what to do about it
 */
public record Problem(String file, String key, String message, String fix) {

    /** One line: {@code file: key: message (fix: ...)}. */
    @Override
    public String toString() {
        return file + ": " + key + ": " + message + " (fix: " + fix + ")";
    }
}
