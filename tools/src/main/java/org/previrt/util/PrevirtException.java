package org.previrt.util;

import java.util.List;

/**
 * The one failure a user can cause: it carries the exit code and the message, and {@code cli.Main} prints
 * it (never a stack trace). Exit codes: {@link #CHECK_FAILED} (1) a check found a problem,
 * {@link #BAD_INPUT} (2) bad input or an I/O error. Subclasses only add how the message was made.
 */
public class PrevirtException extends Exception {
    public static final int CHECK_FAILED = 1;
    public static final int BAD_INPUT = 2;
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public PrevirtException(int exitCode, String message) {
        super(message);
        if (exitCode != CHECK_FAILED && exitCode != BAD_INPUT) {
            throw new IllegalArgumentException("exit code " + exitCode);
        }
        this.exitCode = exitCode;
    }

    public PrevirtException(int exitCode, String message, Throwable cause) {
        this(exitCode, message);
        initCause(cause);
    }

    public int exitCode() {
        return exitCode;
    }

    /**
     * The lines {@code Main} prints for this failure of {@code command}; by default one line,
     * {@code previrt COMMAND: MESSAGE}. A message that already names its file ({@code path: reason})
     * is printed as it is.
     */
    public List<String> lines(String command) {
        return List.of(prefixed() ? "previrt " + command + ": " + getMessage() : getMessage());
    }

    /** Whether {@link #lines} puts {@code previrt COMMAND:} in front of the message. */
    protected boolean prefixed() {
        return true;
    }
}
