package org.previrt.elf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.previrt.util.PrevirtException;
import org.previrt.util.RegularFiles;

/**
 * A read-only view of an ELF32 little-endian i386 file held in memory: header, section headers, symbols
 * and REL relocations. Every offset read from the file is bounds-checked, so a truncated or corrupt file
 * gives an {@link ElfFormatException} instead of an index error.
 */
public final class ElfFile {
    public static final int ET_REL = 1;
    public static final int ET_EXEC = 2;
    public static final int ET_DYN = 3;
    private static final int EM_386 = 3;
    private static final int EHDR_SIZE = 52;
    private static final int SHDR_SIZE = 40;
    private static final int SYM_SIZE = 16;
    private static final int REL_SIZE = 8;

    private final byte[] data;
    private final int type;
    private final List<ElfSection> sections;

    private ElfFile(byte[] data) throws ElfFormatException {
        this.data = data;
        if (data.length < 16 || data[0] != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') {
            throw new ElfFormatException("not an ELF file");
        }
        if (data[4] != 1) {
            throw new ElfFormatException("not a 32-bit ELF file (EI_CLASS " + data[4] + ")");
        }
        if (data[5] != 1) {
            throw new ElfFormatException("not a little-endian ELF file (EI_DATA " + data[5] + ")");
        }
        if (data.length < EHDR_SIZE) {
            throw new ElfFormatException("truncated ELF header (" + data.length + " bytes)");
        }
        type = u16(16);
        int machine = u16(18);
        if (machine != EM_386) {
            throw new ElfFormatException("not an i386 ELF file (e_machine " + machine + ")");
        }
        if (type != ET_REL && type != ET_EXEC && type != ET_DYN) {
            throw new ElfFormatException("unsupported ELF type " + type + " (expected a relocatable object or an executable)");
        }
        sections = readSections();
        checkLinks();
        checkProgramHeaders();
    }

    private static final int PHDR_SIZE = 32;

    /** sh_link (and sh_info of relocation sections) must name a section that exists, of the right type. */
    private void checkLinks() throws ElfFormatException {
        for (ElfSection s : sections) {
            if (s.link() < 0 || s.link() >= sections.size()) {
                throw new ElfFormatException("section " + s.name() + ": sh_link " + (s.link() & 0xffffffffL)
                        + " out of range (" + sections.size() + " sections)");
            }
            if (s.type() == ElfSection.SHT_REL) {
                int t = sections.get(s.link()).type();
                if (t != ElfSection.SHT_SYMTAB && t != ElfSection.SHT_DYNSYM) {
                    throw new ElfFormatException("relocation section " + s.name() + ": sh_link " + s.link()
                            + " is not a symbol table");
                }
                if (s.info() < 0 || s.info() >= sections.size()) {
                    throw new ElfFormatException("relocation section " + s.name() + ": sh_info "
                            + (s.info() & 0xffffffffL) + " out of range (" + sections.size() + " sections)");
                }
            }
            if (s.type() == ElfSection.SHT_SYMTAB && sections.get(s.link()).type() != ElfSection.SHT_STRTAB) {
                throw new ElfFormatException("symbol table " + s.name() + ": sh_link " + s.link()
                        + " is not a string table");
            }
        }
    }

    /** The program header table and every segment's file bytes must lie inside the file. */
    private void checkProgramHeaders() throws ElfFormatException {
        long phoff = u32(28);
        int phentsize = u16(42);
        int phnum = u16(44);
        if (phnum == 0) {
            return;
        }
        if (phentsize != PHDR_SIZE) {
            throw new ElfFormatException("unexpected program header size " + phentsize);
        }
        check(phoff, (long) phnum * PHDR_SIZE, "program header table");
        for (int i = 0; i < phnum; i++) {
            long at = phoff + (long) i * PHDR_SIZE;
            long type = u32(at);
            long off = u32(at + 4);
            long filesz = u32(at + 16);
            if (type != 0 && filesz > 0) {
                check(off, filesz, "segment " + i + " (program header type " + type + ")");
            }
        }
    }

    public static ElfFile parse(byte[] data) throws ElfFormatException {
        return new ElfFile(data);
    }

    /**
     * Reads and parses {@code path}: refused before reading unless it is a regular file of at most
     * {@link RegularFiles#MAX_ELF_BYTES}; format errors are worded {@code path: message}.
     */
    public static ElfFile read(Path path) throws IOException, PrevirtException {
        byte[] data = RegularFiles.read(path, RegularFiles.MAX_ELF_BYTES);
        try {
            return parse(data);
        } catch (ElfFormatException e) {
            throw e.in(path.toString());
        }
    }

    private List<ElfSection> readSections() throws ElfFormatException {
        long shoff = u32(32);
        int shentsize = u16(46);
        int shnum = u16(48);
        int shstrndx = u16(50);
        if (shnum == 0) {
            throw new ElfFormatException("no section headers");
        }
        if (shentsize != SHDR_SIZE) {
            throw new ElfFormatException("unexpected section header size " + shentsize);
        }
        check(shoff, (long) shnum * SHDR_SIZE, "section header table");
        if (shstrndx >= shnum) {
            throw new ElfFormatException("section name table index " + shstrndx + " out of range");
        }
        long[][] raw = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            long at = shoff + (long) i * SHDR_SIZE;
            raw[i] = new long[10];
            for (int f = 0; f < 10; f++) {
                raw[i][f] = u32(at + 4L * f);
            }
        }
        long strOff = raw[shstrndx][4];
        long strSize = raw[shstrndx][5];
        check(strOff, strSize, "section name table");
        List<ElfSection> out = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            long[] r = raw[i];
            String name = string(strOff, strSize, r[0], "section name");
            ElfSection s = new ElfSection(i, name, (int) r[1], r[2], r[3], r[4], r[5], (int) r[6], (int) r[7], r[9]);
            if (i != 0 && s.hasFileBytes()) {
                check(s.offset(), s.size(), "section " + name);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    public int type() {
        return type;
    }

    public boolean relocatable() {
        return type == ET_REL;
    }

    public List<ElfSection> sections() {
        return sections;
    }

    public Optional<ElfSection> section(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    public ElfSection section(int index) throws ElfFormatException {
        if (index < 0 || index >= sections.size()) {
            throw new ElfFormatException("section index " + index + " out of range");
        }
        return sections.get(index);
    }

    /** The SHT_REL section that relocates {@code target}, if any. */
    public Optional<ElfSection> relocationsFor(ElfSection target) {
        return sections.stream().filter(s -> s.type() == ElfSection.SHT_REL && s.info() == target.index())
                .findFirst();
    }

    /** A copy of the whole file, for rewriting. */
    public byte[] bytes() {
        return data.clone();
    }

    public List<ElfRelocation> relocations(ElfSection rel) throws ElfFormatException {
        if (rel.entsize() != REL_SIZE || rel.size() % REL_SIZE != 0) {
            throw new ElfFormatException("relocation section " + rel.name() + " has unexpected entry size");
        }
        List<ElfRelocation> out = new ArrayList<>();
        for (long at = rel.offset(); at < rel.offset() + rel.size(); at += REL_SIZE) {
            long info = u32(at + 4);
            out.add(new ElfRelocation(u32(at), (int) (info & 0xff), (int) (info >>> 8)));
        }
        return out;
    }

    /** Entries of the (first) SHT_SYMTAB section; empty when the file is stripped. */
    public List<ElfSymbol> symbols() throws ElfFormatException {
        ElfSection tab = sections.stream().filter(s -> s.type() == ElfSection.SHT_SYMTAB).findFirst().orElse(null);
        if (tab == null) {
            return List.of();
        }
        if (tab.entsize() != SYM_SIZE || tab.size() % SYM_SIZE != 0) {
            throw new ElfFormatException("symbol table " + tab.name() + " has unexpected entry size");
        }
        ElfSection strtab = section(tab.link());
        check(strtab.offset(), strtab.size(), "symbol name table");
        List<ElfSymbol> out = new ArrayList<>();
        int i = 0;
        for (long at = tab.offset(); at < tab.offset() + tab.size(); at += SYM_SIZE, i++) {
            String name = string(strtab.offset(), strtab.size(), u32(at), "symbol name");
            out.add(new ElfSymbol(i, name, u32(at + 4), u32(at + 8), u8(at + 12), u16(at + 14)));
        }
        return out;
    }

    /** Reads {@code length} bytes at {@code offset} inside {@code s}. */
    public byte[] read(ElfSection s, long offset, int length) throws ElfFormatException {
        if (!s.hasFileBytes()) {
            throw new ElfFormatException("section " + s.name() + " has no bytes in the file");
        }
        if (offset < 0 || length < 0 || offset + length > s.size()) {
            throw new ElfFormatException("read past the end of section " + s.name());
        }
        byte[] out = new byte[length];
        System.arraycopy(data, (int) (s.offset() + offset), out, 0, length);
        return out;
    }

    public long u32(long at) throws ElfFormatException {
        check(at, 4, "32-bit field");
        int i = (int) at;
        return (data[i] & 0xffL) | (data[i + 1] & 0xffL) << 8 | (data[i + 2] & 0xffL) << 16
                | (data[i + 3] & 0xffL) << 24;
    }

    public int u16(long at) throws ElfFormatException {
        check(at, 2, "16-bit field");
        return (data[(int) at] & 0xff) | (data[(int) at + 1] & 0xff) << 8;
    }

    public int u8(long at) throws ElfFormatException {
        check(at, 1, "byte");
        return data[(int) at] & 0xff;
    }

    private String string(long tableOff, long tableSize, long index, String what) throws ElfFormatException {
        if (index >= tableSize) {
            throw new ElfFormatException(what + " offset " + index + " outside its string table");
        }
        int start = (int) (tableOff + index);
        int end = start;
        int limit = (int) (tableOff + tableSize);
        while (end < limit && data[end] != 0) {
            end++;
        }
        if (end == limit) {
            throw new ElfFormatException(what + " at string table offset " + index + " is not terminated");
        }
        return new String(data, start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private void check(long offset, long length, String what) throws ElfFormatException {
        if (offset < 0 || length < 0 || offset + length > data.length) {
            throw new ElfFormatException("truncated file: " + what + " at offset 0x" + Long.toHexString(offset)
                    + " (+" + length + " bytes) lies beyond the end of the file (" + data.length + " bytes)");
        }
    }
}
