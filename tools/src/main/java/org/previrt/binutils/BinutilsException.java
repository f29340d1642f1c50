package org.previrt.binutils;

/** A refusal with a message for the user (bad tree, unsupported version, missing tool): exit 2. */
public class BinutilsException extends Exception {
    private static final long serialVersionUID = 1L;

    public BinutilsException(String message) {
        super(message);
    }

    public BinutilsException(String message, Throwable cause) {
        super(message, cause);
    }
}
