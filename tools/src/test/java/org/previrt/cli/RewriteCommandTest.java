package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSymbol;
import org.previrt.spec.Specs;
import org.previrt.sites.InstructionDecoder;
import org.previrt.sites.Site;
import org.previrt.sites.SiteAnalyzer;
import org.previrt.testutil.Cli;
import org.previrt.testutil.Gas;
import org.previrt.testutil.Patch;
import org.previrt.util.ProjectRoot;

class RewriteCommandTest {
    @TempDir
    Path dir;

    private static List<Site> sites(Path file) throws Exception {
        SiteAnalyzer a = new SiteAnalyzer(new InstructionDecoder(Specs.load(ProjectRoot.find())));
        SiteAnalyzer.Analysis r = a.analyze(ElfFile.read(file));
        assertEquals(List.of(), r.problems());
        return r.sites();
    }

    private Path executable() throws Exception {
        Path obj = Gas.assemble(dir, "all", Patch.resource("every-family.s"), Gas.TYPED);
        return Gas.link(dir, "all.exe", obj);
    }

    /** Every byte outside the sites is unchanged. */
    private static void assertOnlySitesChanged(Path in, Path out, List<Site> sites) throws Exception {
        byte[] a = Files.readAllBytes(in);
        byte[] b = Files.readAllBytes(out);
        assertEquals(a.length, b.length);
        for (Site s : sites) {
            for (int k = 0; k < s.length(); k++) {
                a[(int) s.fileOffset() + k] = b[(int) s.fileOffset() + k];
            }
        }
        assertArrayEquals(a, b);
    }

    private static void assertNoTempFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void trapInAnExecutable() throws Exception {
        Path exe = executable();
        Path out = dir.resolve("trap.exe");
        Cli r = Cli.run("rewrite", exe.toString(), out.toString(), "--mode", "trap");
        assertEquals(0, r.exit(), r.err());
        List<Site> before = sites(exe);
        assertTrue(r.out().contains(before.size() + " site(s)"), r.out());
        assertOnlySitesChanged(exe, out, before);
        byte[] b = Files.readAllBytes(out);
        for (Site s : before) {
            assertEquals((byte) 0xcc, b[(int) s.fileOffset()]);
            for (int k = 1; k < s.length(); k++) {
                assertEquals((byte) 0x90, b[(int) s.fileOffset() + k]);
            }
        }
        // the rewritten file still has valid sites, now all int3
        List<Site> after = sites(out);
        assertEquals(before.size(), after.size());
        assertTrue(after.stream().allMatch(s -> s.form().name().equals("int3")));
        assertTrue(Files.isExecutable(out), "keeps the executable bit of IN");
        assertNoTempFiles(dir);
    }

    @Test
    void trapInAnObjectUsesSectionOffsets() throws Exception {
        Path obj = Gas.assemble(dir, "all", Patch.resource("every-family.s"), Gas.TYPED);
        Path out = dir.resolve("trap.o");
        assertEquals(0, Cli.run("rewrite", obj.toString(), out.toString(), "--mode", "trap").exit());
        assertOnlySitesChanged(obj, out, sites(obj));
        // still links: relocations and records are intact
        Gas.link(dir, "relinked", out);
        assertEquals(sites(obj).size(), sites(dir.resolve("relinked")).size());
    }

    @Test
    void callToASymbol() throws Exception {
        Path exe = executable();
        Path out = dir.resolve("call.exe");
        Cli r = Cli.run("rewrite", exe.toString(), out.toString(), "--mode", "call=handler");
        assertEquals(0, r.exit(), r.err());
        long handler = ElfFile.read(exe).symbols().stream().filter(s -> s.name().equals("handler"))
                .mapToLong(ElfSymbol::value).findFirst().orElseThrow();
        List<Site> before = sites(exe);
        assertOnlySitesChanged(exe, out, before);
        ElfFile rewritten = ElfFile.read(out);
        for (Site s : before) {
            assertEquals(0xe8, rewritten.u8(s.fileOffset()));
            long rel = rewritten.u32(s.fileOffset() + 1);
            assertEquals(handler, (s.address() + 5 + rel) & 0xffffffffL, s.where());
            for (int k = 5; k < s.length(); k++) {
                assertEquals(0x90, rewritten.u8(s.fileOffset() + k));
            }
        }
    }

    @Test
    void callRefusesSitesShorterThanFiveBytes() throws Exception {
        // a hand-made record: cli and one NOP, too short for e8 rel32
        Path obj = Gas.assemble(dir, "short", ".globl handler\nhandler:\n0: cli\nnop\n1:\nhlt\n"
                + ".pushsection .afterburn\n.long 0b, 1b\n.popsection\n", null);
        Path exe = Gas.link(dir, "short.exe", obj);
        Path out = dir.resolve("out.exe");
        Cli r = Cli.run("rewrite", exe.toString(), out.toString(), "--mode", "call=handler");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(".afterburn record #0"), r.err());
        assertTrue(r.err().contains("(cli) at 0x00100000 is 2 bytes, too short for a 5-byte call"), r.err());
        assertTrue(r.err().contains("nothing written"), r.err());
        assertFalse(Files.exists(out));
        assertNoTempFiles(dir);
        // trap fits any site
        assertEquals(0, Cli.run("rewrite", exe.toString(), out.toString(), "--mode", "trap").exit());
    }

    @Test
    void callNeedsAnExecutableAndAKnownSymbol() throws Exception {
        Path obj = Gas.assemble(dir, "t", "handler: cli\n", Gas.TYPED);
        Path out = dir.resolve("out");
        Cli r = Cli.run("rewrite", obj.toString(), out.toString(), "--mode", "call=handler");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("needs a linked executable"), r.err());
        Path exe = Gas.link(dir, "t.exe", obj);
        r = Cli.run("rewrite", exe.toString(), out.toString(), "--mode", "call=nosuch");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("symbol 'nosuch' is not defined"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badSitesLeaveAnExistingOutputUntouched() throws Exception {
        Path obj = Gas.assemble(dir, "t", "cli\nsti\n", Gas.PLAIN);
        Patch.bytes(obj, ".text", 3, 0xc3);
        Path out = dir.resolve("out.o");
        Files.writeString(out, "previous contents");
        Cli r = Cli.run("rewrite", obj.toString(), out.toString(), "--mode", "trap");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("padding is not NOPs"), r.err());
        assertEquals("previous contents", Files.readString(out));
        assertNoTempFiles(dir);
    }

    @Test
    void usageErrors() throws Exception {
        Path obj = Gas.assemble(dir, "t", "cli\n", Gas.PLAIN);
        String in = obj.toString();
        String out = dir.resolve("o").toString();
        assertEquals(2, Cli.run("rewrite", in, out).exit());
        assertEquals(2, Cli.run("rewrite", in, out, "--mode", "jump").exit());
        assertEquals(2, Cli.run("rewrite", in, out, "--mode", "call=").exit());
        assertEquals(2, Cli.run("rewrite", in, "--mode", "trap").exit());
        assertEquals(2, Cli.run("rewrite", dir.resolve("missing").toString(), out, "--mode", "trap").exit());
        assertFalse(Files.exists(Path.of(out)));
    }
}
