package org.previrt.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.testutil.Gas;

class ElfFileTest {
    @TempDir
    Path dir;

    @Test
    void readsSectionsSymbolsAndRelocationsOfARealObject() throws Exception {
        Path obj = Gas.assemble(dir, "t", "cli\nsti\n", Gas.TYPED);
        ElfFile elf = ElfFile.read(obj);
        assertTrue(elf.relocatable());
        ElfSection table = elf.section(".afterburn").orElseThrow();
        assertEquals(16, table.size(), "two records of two .long");
        ElfSection rel = elf.relocationsFor(table).orElseThrow();
        assertEquals(".rel.afterburn", rel.name());
        List<ElfRelocation> relocs = elf.relocations(rel);
        assertEquals(4, relocs.size());
        for (ElfRelocation r : relocs) {
            assertEquals(ElfRelocation.R_386_32, r.type());
            ElfSymbol sym = elf.symbols().get(r.symbol());
            assertEquals(".text", elf.section(sym.shndx()).name());
        }
        assertEquals(0xfa, elf.read(elf.section(".text").orElseThrow(), 0, 1)[0] & 0xff);
    }

    @Test
    void readsALinkedExecutable() throws Exception {
        Path exe = Gas.link(dir, "t.exe", Gas.assemble(dir, "t", "cli\n", Gas.TYPED));
        ElfFile elf = ElfFile.read(exe);
        assertEquals(ElfFile.ET_EXEC, elf.type());
        assertEquals(0x100000, elf.section(".text").orElseThrow().addr());
        assertEquals(0x100000, elf.u32(elf.section(".afterburn").orElseThrow().offset()));
    }

    @Test
    void rejectsTruncatedFiles() throws Exception {
        byte[] whole = Files.readAllBytes(Gas.assemble(dir, "t", "cli\n", Gas.TYPED));
        for (int cut : new int[] {0, 10, 40, 100, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            ElfFormatException e = assertThrows(ElfFormatException.class, () -> ElfFile.parse(part), "cut " + cut);
            assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("not an ELF"),
                    e.getMessage());
        }
    }

    @Test
    void rejectsOtherFormats() throws Exception {
        assertEquals("not an ELF file",
                assertThrows(ElfFormatException.class, () -> ElfFile.parse("hello world!!!!!!".getBytes()))
                        .getMessage());
        Path src = dir.resolve("t64.s");
        Files.writeString(src, "nop\n");
        Path obj64 = dir.resolve("t64.o");
        Process p = new ProcessBuilder("as", "--64", src.toString(), "-o", obj64.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        assertTrue(assertThrows(ElfFormatException.class, () -> ElfFile.read(obj64)).getMessage()
                .contains("not a 32-bit"));
    }
}
