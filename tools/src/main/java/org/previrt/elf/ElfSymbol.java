package org.previrt.elf;

/** One symbol table entry; {@code shndx} is the section index or a special value (SHN_UNDEF, SHN_ABS...). */
public record ElfSymbol(int index, String name, long value, long size, int info, int shndx) {
    public static final int SHN_UNDEF = 0;
    public static final int SHN_LORESERVE = 0xff00;
    public static final int STT_SECTION = 3;

    public int type() {
        return info & 0xf;
    }

    /** Defined in a real section (not undefined, absolute or common). */
    public boolean inSection() {
        return shndx != SHN_UNDEF && shndx < SHN_LORESERVE;
    }
}
