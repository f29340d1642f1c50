package org.previrt.binutils.tool;

import org.previrt.util.PrevirtException;

/** A refusal with a message for the user (bad tree, unsupported version, missing tool): exit 2. */
public class BinutilsException extends PrevirtException {
    private static final long serialVersionUID = 1L;

    public BinutilsException(String message) {
        super(BAD_INPUT, message);
    }

    public BinutilsException(String message, Throwable cause) {
        super(BAD_INPUT, message, cause);
    }
}
