package org.intercede.server.cli;

/** Bad usage or a bad input file: exit code 2, with a message that says what to fix. */
public class UsageError extends RuntimeException {
    public UsageError(String message) {
        super(message);
    }
}
