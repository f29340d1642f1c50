package org.previrt.wrapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSection;

/**
 * generated/x86-32/bin/ld with the real ld: a link with its own script and --orphan-handling=warn (as
 * Linux links vmlinux) gets no orphan warning and keeps the records; partial links carry them under a
 * name Linux's modpost accepts and the final link names them back; other links are untouched.
 */
class LdWrapperTest {
    /** A kernel-style script: no statement for .afterburn, .comment exactly, everything else discarded. */
    static final String SCRIPT = """
            SECTIONS
            {
              .text 0x100000 : { *(.text) }
              .comment 0 : { *(.comment) }
              /DISCARD/ : { *(.data) *(.bss) *(.note.*) *(.got*) *(.iplt) *(.igot*) *(.rel.*) }
            }
            """;

    @TempDir
    Path tmp;
    Path ld;
    Path obj;
    Path script;

    @BeforeEach
    void setUp() throws Exception {
        Exec.assumeTool("as", "--version");
        Exec.assumeTool("ld", "--version");
        Path root = TestRoot.real();
        ld = root.resolve("generated/x86-32/bin/ld");
        Path s = tmp.resolve("k.s");
        Files.writeString(s, ".text\n.globl _start\n_start:\n cli\n sti\n hlt\n ret\n.section .note.GNU-stack,\"\",@progbits\n");
        obj = tmp.resolve("k.o");
        ok(Exec.run(tmp, Map.of(), null, List.of("as", "--32", root.resolve("generated/x86-32/previrt.inc").toString(),
                s.toString(), "-o", obj.toString())));
        script = tmp.resolve("k.lds");
        Files.writeString(script, SCRIPT);
    }

    private static Exec.Result ok(Exec.Result r) {
        assertEquals(0, r.exit(), r.all());
        return r;
    }

    private Exec.Result link(String linker, String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of(linker, "-m", "elf_i386"));
        argv.addAll(List.of(args));
        return ok(Exec.run(tmp, Map.of(), null, argv));
    }

    private static byte[] section(Path elf, String name) throws Exception {
        ElfFile f = ElfFile.read(elf);
        ElfSection s = f.section(name).orElseThrow(() -> new AssertionError(elf + " has no " + name));
        assertFalse(s.allocated(), name + " must stay non-allocated");
        return f.read(s, 0, (int) s.size());
    }

    @Test
    void scriptedLinkGetsNoOrphanWarningAndKeepsTheRecords() throws Exception {
        Path stockOut = tmp.resolve("stock.elf");
        Exec.Result stock = link("ld", "--orphan-handling=warn", "-T", script.toString(), "-o", stockOut.toString(),
                obj.toString());
        assertTrue(stock.err().contains("orphan section `.afterburn'"), "the stock ld should warn: " + stock.all());

        Path out = tmp.resolve("k.elf");
        Exec.Result r = link(ld.toString(), "--orphan-handling=warn", "-T", script.toString(), "-o", out.toString(),
                obj.toString());
        assertEquals("", r.err());
        byte[] records = section(out, ".afterburn");
        assertArrayEquals(section(stockOut, ".afterburn"), records);
        assertEquals(3 * 8, records.length);
        // the first record starts at _start (0x100000)
        assertEquals(0x100000L, ElfFile.read(out).u32(ElfFile.read(out).section(".afterburn").orElseThrow().offset()));
    }

    @Test
    void scriptGivenAsTDashFormsIsRecognised() throws Exception {
        Path out = tmp.resolve("k2.elf");
        Exec.Result r = link(ld.toString(), "--orphan-handling=warn", "--script=" + script, "-o", out.toString(),
                obj.toString());
        assertEquals("", r.err());
        section(out, ".afterburn");
    }

    @Test
    void partialLinkCarriesTheRecordsUnderACommentNameAndTheFinalLinkNamesThemBack() throws Exception {
        Path partial = tmp.resolve("vmlinux.o");
        link(ld.toString(), "-r", "-o", partial.toString(), obj.toString());
        ElfFile p = ElfFile.read(partial);
        assertTrue(p.section(".afterburn").isEmpty(), "a partial link must not keep .afterburn (modpost warns)");
        byte[] carried = section(partial, ".comment.previrt.afterburn");
        assertEquals(3 * 8, carried.length);
        // the relocations travel with it
        assertTrue(p.relocationsFor(p.section(".comment.previrt.afterburn").orElseThrow()).isPresent());

        Path out = tmp.resolve("vmlinux");
        Exec.Result r = link(ld.toString(), "--orphan-handling=warn", "-T", script.toString(), "-o", out.toString(),
                partial.toString());
        assertEquals("", r.err());
        Path direct = tmp.resolve("direct.elf");
        link(ld.toString(), "-T", script.toString(), "-o", direct.toString(), obj.toString());
        assertArrayEquals(section(direct, ".afterburn"), section(out, ".afterburn"));
        assertTrue(ElfFile.read(out).section(".comment.previrt.afterburn").isEmpty());
    }

    @Test
    void linksWithoutAScriptAndOtherRunsPassThrough() throws Exception {
        assertEquals(ok(Exec.run("ld", "--version")).out(), ok(Exec.run(ld.toString(), "--version")).out());
        Path a = tmp.resolve("a.elf");
        Path b = tmp.resolve("b.elf");
        link("ld", "-o", a.toString(), obj.toString());
        link(ld.toString(), "-o", b.toString(), obj.toString());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        // address options are no scripts
        Path c = tmp.resolve("c.elf");
        Path d = tmp.resolve("d.elf");
        link("ld", "-Ttext=0x200000", "-o", c.toString(), obj.toString());
        link(ld.toString(), "-Ttext=0x200000", "-o", d.toString(), obj.toString());
        assertArrayEquals(Files.readAllBytes(c), Files.readAllBytes(d));
    }
}
