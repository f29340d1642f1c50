package org.previrt.elf;

/** One SHT_REL entry: i386 uses implicit addends, stored in the bytes at {@code offset}. */
public record ElfRelocation(long offset, int type, int symbol) {
    public static final int R_386_32 = 1;
}
