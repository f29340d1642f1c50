package org.previrt.elf;

/** The input is not a well-formed ELF32 i386 file; the message says what is wrong, without the file name. */
public class ElfFormatException extends Exception {
    public ElfFormatException(String message) {
        super(message);
    }
}
