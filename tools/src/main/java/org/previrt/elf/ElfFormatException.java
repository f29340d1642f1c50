package org.previrt.elf;

import org.previrt.util.PrevirtException;

/**
 * The input is not a well-formed ELF32 i386 file (exit 2). The message says what is wrong, without the
 * file name; {@link #in} adds it.
 */
public class ElfFormatException extends PrevirtException {
    private static final long serialVersionUID = 1L;

    private final boolean named;

    public ElfFormatException(String message) {
        this(message, false);
    }

    private ElfFormatException(String message, boolean named) {
        super(BAD_INPUT, message);
        this.named = named;
    }

    /** The same failure worded {@code file: message}. */
    public ElfFormatException in(String file) {
        return named ? this : new ElfFormatException(file + ": " + getMessage(), true);
    }

    @Override
    protected boolean prefixed() {
        return !named;
    }
}
