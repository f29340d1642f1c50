package org.previrt.cli;

import org.previrt.util.PrevirtException;

/** Bad command-line use: {@code previrt COMMAND: message}, exit 2. */
public class UsageException extends PrevirtException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(BAD_INPUT, message);
    }
}
