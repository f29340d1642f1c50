package org.previrt.cli;

/** Bad input from the user: printed as one message (never a stack trace), exit code 2. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
