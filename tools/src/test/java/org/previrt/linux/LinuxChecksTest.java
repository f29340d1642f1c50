package org.previrt.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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

/**
 * The checks of the Linux test on small linked files, fast: each must fail on the layout it is there to
 * catch (padding after sti, a padded int3 in a static-call trampoline, a prefix outside its site).
 */
class LinuxChecksTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void tools() {
        Exec.assumeTool("as", "--version");
        Exec.assumeTool("ld", "--version");
        Exec.assumeTool("objdump", "--version");
    }

    /** Assembles {@code asm} stock and links it at 0x100000; records are written by hand in the source. */
    private Path link(String name, String asm) throws Exception {
        Path s = tmp.resolve(name + ".s");
        Files.writeString(s, asm);
        Path o = tmp.resolve(name + ".o");
        Path elf = tmp.resolve(name + ".elf");
        assertEquals(0, Exec.run(tmp, Map.of(), null, List.of("as", "--32", s.toString(), "-o", o.toString())).exit());
        Exec.Result r = Exec.run(tmp, Map.of(), null, List.of("ld", "-m", "elf_i386", "-Ttext=0x100000", "-e", "0",
                "-o", elf.toString(), o.toString()));
        assertEquals(0, r.exit(), r.all());
        return elf;
    }

    private static String site(String insn, int padBefore, int padAfter) {
        return "1:\n" + (padBefore > 0 ? " .nops " + padBefore + "\n" : "") + " " + insn + "\n"
                + (padAfter > 0 ? " .nops " + padAfter + "\n" : "") + "2:\n"
                + " .pushsection .afterburn,\"\",@progbits\n .long 1b, 2b\n .popsection\n";
    }

    @Test
    void shadowCheckFailsOnPaddingAfterStiAndMovToSsAndPassesOnPaddingBefore() throws Exception {
        String after = ".text\nf:\n" + site("sti", 0, 23) + " hlt\n" + site("mov %ax,%ss", 0, 12) + site("pop %ss", 0, 5)
                + " ret\n";
        String before = ".text\nf:\n" + site("sti", 23, 0) + " hlt\n" + site("mov %ax,%ss", 12, 0) + " mov $0x1000,%esp\n"
                + site("pop %ss", 5, 0) + " ret\n";
        // sti, then a site that pads before its own instruction: the shadow falls on that padding
        String next = ".text\nf:\n" + site("sti", 23, 0) + site("mov %ax,%ss", 12, 0) + " ret\n";
        // sti; sti (IF is 1 after the first): allowed, counted
        String stiSti = ".text\nf:\n" + site("sti", 23, 0) + site("sti", 23, 0) + " ret\n";
        // a NOP of the code itself after sti is no padding
        String ownNop = ".text\nf:\n" + site("sti", 23, 0) + " nop\n ret\n";
        SensitiveSpelling spelling = SensitiveSpelling.load(TestRoot.real());
        Path a = link("after", after);
        Path b = link("before", before);
        Path n = link("next", next);
        Path o = link("own", ownNop);
        ShadowCheck.Result ra = ShadowCheck.run(Disassembly.of(a), SiteRecords.read(a), spelling);
        ShadowCheck.Result rb = ShadowCheck.run(Disassembly.of(b), SiteRecords.read(b), spelling);
        ShadowCheck.Result rn = ShadowCheck.run(Disassembly.of(n), SiteRecords.read(n), spelling);
        ShadowCheck.Result ro = ShadowCheck.run(Disassembly.of(o), SiteRecords.read(o), spelling);
        Path ss = link("stisti", stiSti);
        ShadowCheck.Result rs = ShadowCheck.run(Disassembly.of(ss), SiteRecords.read(ss), spelling);
        assertEquals(List.of(), rs.padded());
        assertEquals(1, rs.stiPairs());
        assertEquals(3, ra.shadows());
        assertEquals(3, ra.padded().size(), ra.padded().toString());
        assertEquals(3, rb.shadows());
        assertEquals(List.of(), rb.padded());
        assertEquals(1, rn.padded().size(), rn.padded().toString());
        assertTrue(rn.padded().get(0).contains("padding of the next site"), rn.padded().toString());
        assertEquals(List.of(), ro.padded());
    }

    /** Linux's ARCH_DEFINE_STATIC_CALL_NULL_TRAMP and a jump trampoline, with the signature 0f b9 cc. */
    private static String trampolines(String retTail, String fill) {
        return ".text\n" + fill + "target:\n ret\n"
                + ".globl target\n.type target,@function\n.size target,1\n"
                + ".section .static_call.text,\"ax\"\n"
                + ".globl __SCT__jump\n__SCT__jump:\n .byte 0xe9\n .long target - . - 4\n .byte 0x0f, 0xb9, 0xcc\n"
                + ".type __SCT__jump,@function\n.size __SCT__jump,. - __SCT__jump\n"
                + ".globl __SCT__null\n__SCT__null:\n ret\n int3\n" + retTail + " nop\n nop\n nop\n"
                + " .byte 0x0f, 0xb9, 0xcc\n.type __SCT__null,@function\n.size __SCT__null,. - __SCT__null\n";
    }

    @Test
    void trampolineCheckSeesAPaddedInt3ButNotAMovedTarget() throws Exception {
        Map<String, String> stock = StaticCallTrampolines.read(link("t0", trampolines("", "")));
        Map<String, String> moved = StaticCallTrampolines.read(link("t1", trampolines("", " .nops 40\n")));
        Map<String, String> padded = StaticCallTrampolines.read(link("t2", trampolines(" .nops 11\n", "")));
        assertEquals(2, stock.size());
        assertEquals("c3 cc 90 90 90 0f b9 cc", stock.get("__SCT__null"));
        assertEquals("jmp <target> 0f b9 cc", stock.get("__SCT__jump"));
        assertEquals(stock, moved);
        assertNotEquals(stock.get("__SCT__null"), padded.get("__SCT__null"));
    }

    @Test
    void coverageCheckCountsPerFunctionAndWantsThePrefixInsideTheSite() throws Exception {
        SensitiveSpelling spelling = SensitiveSpelling.load(TestRoot.real());
        String code = ".text\n.type f,@function\nf:\n cli\n rep insb\n ret\n.type g,@function\ng:\n cli\n ret\n";
        Path stock = link("s", code);
        // every instruction a site, the prefix inside
        Path good = link("g", ".text\n.type f,@function\nf:\n" + site("cli", 0, 7) + site("rep insb", 0, 12) + " ret\n"
                + ".type g,@function\ng:\n" + site("cli", 0, 7) + " ret\n");
        // the site of insb starts after its rep prefix (a prefix written as its own statement)
        Path prefix = link("p", ".text\n.type f,@function\nf:\n" + site("cli", 0, 7) + " rep\n" + site("insb", 0, 12)
                + " ret\n.type g,@function\ng:\n" + site("cli", 0, 7) + " ret\n");
        // g's cli is no site
        Path missing = link("m", ".text\n.type f,@function\nf:\n" + site("cli", 0, 7) + site("rep insb", 0, 12)
                + " ret\n.type g,@function\ng:\n cli\n ret\n");
        Disassembly s = Disassembly.of(stock);
        SiteCoverage.Result rg = SiteCoverage.run(spelling, s, Disassembly.of(good), SiteRecords.read(good), true);
        assertTrue(rg.ok(), rg.toString());
        assertEquals(3, rg.sensitive());
        assertEquals(3, rg.covered());
        SiteCoverage.Result rp = SiteCoverage.run(spelling, s, Disassembly.of(prefix), SiteRecords.read(prefix), true);
        assertEquals(1, rp.outside().size(), rp.toString());
        assertTrue(rp.outside().get(0).contains("rep insb"), rp.toString());
        assertEquals(rp.outside(), rp.prefixOutside(), "a site after its prefix statement is told apart");
        assertTrue(rp.okButPrefixStatements() && !rp.ok(), rp.toString());
        SiteCoverage.Result rm = SiteCoverage.run(spelling, s, Disassembly.of(missing), SiteRecords.read(missing), true);
        assertEquals(List.of("g: 1 in stock, 0 in sites"), rm.shortFunctions());
        assertTrue(!rm.okButPrefixStatements(), "a missing site is not excused as a prefix statement");
    }

    @Test
    void coverageCheckRequiresByteInstructionsOnlyWhereTheRouteMakesThemSites() throws Exception {
        SensitiveSpelling spelling = SensitiveSpelling.load(TestRoot.real());
        // Linux's clac (smap.h) and a cli
        String clac = " .byte 0x0f, 0x01, 0xca\n";
        Path stock = link("bs", ".text\n.type f,@function\nf:\n cli\n" + clac + " ret\n");
        Path asSites = link("bg", ".text\n.type f,@function\nf:\n" + site("cli", 0, 7) + "1:\n" + clac
                + " .nops 8\n2:\n .pushsection .afterburn,\"\",@progbits\n .long 1b, 2b\n .popsection\n ret\n");
        Path notSites = link("bn", ".text\n.type f,@function\nf:\n" + site("cli", 0, 7) + clac + " ret\n");
        Disassembly s = Disassembly.of(stock);
        SiteCoverage.Result strictGood = SiteCoverage.run(spelling, s, Disassembly.of(asSites), SiteRecords.read(asSites),
                true);
        assertTrue(strictGood.ok(), strictGood.toString());
        assertEquals(2, strictGood.sensitive());
        SiteCoverage.Result strictBad = SiteCoverage.run(spelling, s, Disassembly.of(notSites),
                SiteRecords.read(notSites), true);
        assertEquals(List.of("f: 2 in stock, 1 in sites"), strictBad.shortFunctions(), strictBad.toString());
        assertEquals(1, strictBad.outside().size(), strictBad.toString());
        SiteCoverage.Result lenient = SiteCoverage.run(spelling, s, Disassembly.of(notSites),
                SiteRecords.read(notSites), false);
        assertTrue(lenient.ok(), lenient.toString());
        assertEquals(1, lenient.sensitive());
        assertEquals(Map.of("clac", 1), lenient.writtenAsBytes());
    }

    @Test
    void transcriptsCompareAsMultisetsWithNumbersMasked() {
        Transcript a = Transcript.of("[    0.000000] Linux version 6.1.192\r\nMemory: 118000K/130552K available\n"
                + "serio: i8042 KBD port\ninput: mouse\n");
        Transcript b = Transcript.of("[    0.120000] Linux version 6.1.193\ninput: mouse\n"
                + "Memory: 117996K/130552K available\nserio: i8042 KBD port\n");
        Transcript c = Transcript.of("Linux version 6.1.192\nMemory: 118000K/130552K available\nserio: i8042 KBD port\n");
        assertEquals(List.of(), a.surplusOver(b));
        assertEquals(List.of(), b.surplusOver(a));
        assertEquals(List.of("1x input: mouse"), a.surplusOver(c));
        assertEquals("BogoMIPS: #.# (lpj=#) at #", Transcript.mask("BogoMIPS: 5985.52 (lpj=2992764) at c1000000"));
    }

    @Test
    void warningCheckReportsOnlyWarningsTheStockBuildLacks() throws Exception {
        KernelBuild.Built stock = fakeBuild("stock", "  CC      init/main.o\nwarning: stock one\n");
        KernelBuild.Built pv = fakeBuild("pv", "warning: stock one\n"
                + "ld: warning: orphan section `.afterburn' from `<DIR>/init/main.o' being placed in section `.afterburn'\n"
                + "WARNING: modpost: vmlinux.o (.afterburn): unexpected non-allocatable section.\n");
        Path src = tmp.resolve("src");
        List<String> added = BuildWarnings.newIn(BuildWarnings.of(pv, src), BuildWarnings.of(stock, src));
        assertEquals(List.of("1x WARNING: modpost: vmlinux.o (.afterburn): unexpected non-allocatable section.",
                "1x ld: warning: orphan section `.afterburn' from `<O>/init/main.o' being placed in section `.afterburn'"),
                added);
        assertEquals(List.of(), BuildWarnings.newIn(BuildWarnings.of(stock, src), BuildWarnings.of(stock, src)));
    }

    private KernelBuild.Built fakeBuild(String name, String log) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        Files.writeString(dir.resolve("config.log"), "");
        Files.writeString(dir.resolve("build.log"), log.replace("<DIR>", dir.toString()));
        return new KernelBuild.Built(name, dir, dir.resolve("vmlinux"), dir.resolve("bzImage"), dir.resolve(".config"),
                dir.resolve("build.log"), dir.resolve("config.log"), 0, 0, true);
    }
}
