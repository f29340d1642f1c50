package org.previrt.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.util.ProcessRunner;

/**
 * The pack on real compiler output: gcc -m32 -O2 code (zlib from Debian's binutils-source, and a
 * file of kernel-style inline assembly) assembles to the stock bytes outside sites, through each
 * documented way of putting the pack in gcc's flow.
 */
class RealGccOutputTest {
    private static final Path PACK = TestRoot.real().resolve("generated/x86-32/previrt.inc");
    private static final Path TYPED = TestRoot.real().resolve("generated/x86-32/previrt-typed.inc");
    private static final Path TARBALL = Path.of("/usr/src/binutils/binutils-2.40.tar.xz");

    private static ProcessRunner.Result run(String... argv) throws Exception {
        return ProcessRunner.run(List.of(argv));
    }

    private static byte[] text(Path obj, Path dir) throws Exception {
        Path bin = dir.resolve(obj.getFileName() + ".text");
        assertEquals(0, run("objcopy", "-O", "binary", "--only-section=.text", obj.toString(), bin.toString()).exit());
        return Files.readAllBytes(bin);
    }

    @Test
    void inlineAssemblyBecomesSitesAndNothingElseChanges(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("sensitive.c");
        Files.copy(Path.of(getClass().getResource("/gcc/sensitive.c").toURI()), c);
        Path s = dir.resolve("sensitive.s");
        ProcessRunner.Result cc = run("gcc", "-m32", "-O2", "-S", c.toString(), "-o", s.toString());
        assumeTrue(cc.exit() == 0, "gcc -m32 not usable: " + cc.err());
        Path stock = dir.resolve("stock.o");
        Path packed = dir.resolve("packed.o");
        assertEquals(0, run("as", "--32", s.toString(), "-o", stock.toString()).exit());
        ProcessRunner.Result a = run("as", "--32", TYPED.toString(), s.toString(), "-o", packed.toString());
        assertEquals(0, a.exit(), a.err());
        List<SiteRecord> sites = SiteRecord.read(packed, ".text", org.previrt.spec.Specs.load(TestRoot.real()).records().typed());
        // cli, sti, rdtsc, cpuid, mov %cr0, and the inb/outb inlined into kbd() and serial()
        assertEquals(7, sites.size(), sites.toString());
        assertNull(SiteRecord.compareFunctions(stock, text(stock, dir), packed, text(packed, dir), sites,
                org.previrt.spec.Specs.load(TestRoot.real()).nops()));
    }

    @Test
    void gccWaSpellingsWork(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("sensitive.c");
        Files.copy(Path.of(getClass().getResource("/gcc/sensitive.c").toURI()), c);
        Path o1 = dir.resolve("a.o");
        ProcessRunner.Result r = run("gcc", "-m32", "-O2", "-c", c.toString(), "-Wa," + PACK, "-o", o1.toString());
        assumeTrue(r.exit() == 0 || !r.err().contains("-m32"), r.err());
        assertEquals(0, r.exit(), r.err());
        Path o2 = dir.resolve("b.o");
        r = run("gcc", "-m32", "-O2", "-pipe", "-c", c.toString(), "-Wa," + PACK + ",-", "-o", o2.toString());
        assertEquals(0, r.exit(), r.err());
        for (Path o : List.of(o1, o2)) {
            ProcessRunner.Result d = run("objdump", "-s", "-j", ".afterburn", o.toString());
            assertEquals(0, d.exit(), o + ": " + d.err());
            assertTrue(d.out().contains("Contents of section .afterburn"), d.out());
        }
    }

    @Test
    void zlibCompiledByGccIsByteIdentical(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(TARBALL), "binutils-source is not installed");
        assertEquals(0, run("tar", "-C", dir.toString(), "-xf", TARBALL.toString(), "binutils-2.40/zlib").exit());
        Path zlib = dir.resolve("binutils-2.40/zlib");
        List<Path> sources;
        try (Stream<Path> st = Files.list(zlib)) {
            sources = st.filter(p -> p.toString().endsWith(".c")).sorted().toList();
        }
        assertTrue(sources.size() >= 10, "zlib sources: " + sources);
        List<String> differing = new ArrayList<>();
        for (Path c : sources) {
            Path s = dir.resolve(c.getFileName() + ".s");
            ProcessRunner.Result cc = run("gcc", "-m32", "-O2", "-S", "-I", zlib.toString(), c.toString(), "-o", s.toString());
            assumeTrue(cc.exit() == 0, "gcc -m32 -S failed (gcc-multilib missing?): " + cc.err());
            Path stock = dir.resolve("stock.o");
            Path packed = dir.resolve("packed.o");
            assertEquals(0, run("as", "--32", s.toString(), "-o", stock.toString()).exit());
            ProcessRunner.Result a = run("as", "--32", PACK.toString(), s.toString(), "-o", packed.toString());
            assertEquals(0, a.exit(), c + ": " + a.err());
            if (!java.util.Arrays.equals(text(stock, dir), text(packed, dir))) {
                differing.add(c.getFileName().toString());
            }
            assertTrue(run("objdump", "-h", packed.toString()).out().indexOf(".afterburn") < 0,
                    c + ": a site in code without sensitive instructions");
        }
        assertTrue(differing.isEmpty(), "differ from stock gas: " + differing);
    }
}
