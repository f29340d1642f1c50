package org.previrt.elf;

/** One section header. Offsets and sizes are unsigned 32-bit values kept in longs. */
public record ElfSection(int index, String name, int type, long flags, long addr, long offset, long size,
        int link, int info, long entsize) {
    public static final int SHT_PROGBITS = 1;
    public static final int SHT_SYMTAB = 2;
    public static final int SHT_STRTAB = 3;
    public static final int SHT_REL = 9;
    public static final int SHT_NOBITS = 8;
    public static final int SHT_DYNSYM = 11;
    public static final long SHF_ALLOC = 0x2;

    public boolean allocated() {
        return (flags & SHF_ALLOC) != 0;
    }

    /** True when the section occupies bytes in the file (NOBITS sections such as .bss do not). */
    public boolean hasFileBytes() {
        return type != SHT_NOBITS;
    }
}
