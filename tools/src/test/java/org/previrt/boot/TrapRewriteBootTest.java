package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.cli.Main;

/**
 * Soft layering: the pack-built kernel with every site overwritten by int3 and NOPs still boots, because
 * its in-place monitor (the vector-3 handler in monitor.c) finds each trapping site among the embedded
 * records and re-runs the original instruction from the embedded copy of .text. Every site of the kernel
 * is on its executed path by design, so the monitor must report every record taken.
 */
@Tag("qemu")
class TrapRewriteBootTest {
    @TempDir
    static Path dir;
    static Path kernel;
    static List<TrapRewrite.Site> sites;

    @BeforeAll
    static void buildPackKernel() throws Exception {
        assumeTrue(Qemu.available(), Qemu.BINARY + " is not installed");
        kernel = KernelBuild.build(dir.resolve("pack"), KernelBuild.Assembler.PACK);
        sites = TrapRewrite.sites(kernel);
        assertTrue(sites.size() > 0);
    }

    /** Boots a trap-rewritten kernel: same kernel lines, every site taken through the monitor. */
    private static Transcript bootsThroughTheMonitor(Path trapped) throws Exception {
        return bootsThroughTheMonitor(trapped, sites.size());
    }

    private static Transcript bootsThroughTheMonitor(Path trapped, int records) throws Exception {
        Qemu.Boot boot = Qemu.boot(trapped);
        assertEquals(Transcript.EXIT_OK, boot.exit(), "exit status; serial:\n" + boot.serial() + boot.stderr());
        Transcript t = Transcript.parse(boot.serial());
        assertEquals(Transcript.expectedKernelLines(), t.kernel());
        assertEquals(records, t.records(), "records the monitor sees vs .afterburn");
        assertEquals(records, t.sitesTaken(), "every site is on the executed path, so every one traps");
        // the serial polling loop makes the total vary with the host; each site traps at least once
        assertTrue(t.traps() >= t.sitesTaken(), t.toString());
        return t;
    }

    @Test
    void rewrittenByTheTestItselfBootsThroughTheMonitor() throws Exception {
        Path trapped = dir.resolve("trapped-by-test.elf");
        assertEquals(sites.size(), TrapRewrite.rewrite(kernel, trapped));
        assertOnlySitesChanged(Files.readAllBytes(kernel), Files.readAllBytes(trapped));
        bootsThroughTheMonitor(trapped);
    }

    @Test
    void rewrittenByTheRewriteCommandBootsThroughTheMonitor() throws Exception {
        assumeTrue(cli("rewrite", "--help").exit() == 0, "rewrite not available");
        Path trapped = dir.resolve("trapped-by-command.elf");
        Cli r = cli("rewrite", kernel.toString(), trapped.toString(), "--mode", "trap");
        assertEquals(0, r.exit(), r.err());
        Path ours = dir.resolve("trapped-for-comparison.elf");
        TrapRewrite.rewrite(kernel, ours);
        assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(trapped),
                "tools/previrt rewrite --mode trap differs from int3 + NOPs over each recorded site");
        bootsThroughTheMonitor(trapped);
    }

    @Test
    void patchedAssemblerKernelRewrittenBootsThroughTheMonitor() throws Exception {
        assumeTrue(KernelBuild.patchedAs() != null,
                "no patched as named (system property previrt.patchedAs or PREVIRT_PATCHED_AS)");
        Path patched = KernelBuild.build(dir.resolve("patched"), KernelBuild.Assembler.PATCHED);
        Path trapped = dir.resolve("patched-trapped.elf");
        int records = TrapRewrite.rewrite(patched, trapped);
        assertTrue(records > 0);
        bootsThroughTheMonitor(trapped, records);
    }

    @Test
    void sitesCommandCountsTheSameSites() throws Exception {
        assumeTrue(cli("sites", "--help").exit() == 0, "sites not available");
        Cli r = cli("sites", "--json", kernel.toString());
        assertEquals(0, r.exit(), r.err());
        Matcher m = Pattern.compile("\"summary\": \\{\"sites\": (\\d+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertEquals(sites.size(), Integer.parseInt(m.group(1)));
    }

    /** Site bytes are int3 then NOPs; every other byte of the file is unchanged. */
    private static void assertOnlySitesChanged(byte[] before, byte[] after) throws Exception {
        assertEquals(before.length, after.length);
        List<ElfSection> sections = ElfSection.read(kernel);
        boolean[] inSite = new boolean[before.length];
        for (TrapRewrite.Site s : sites) {
            ElfSection sec = ElfSection.containing(sections, s.start()).orElseThrow();
            assertEquals(".text", sec.name(), "the monitor can only restore sites in .text");
            int at = (int) (sec.offset() + s.start() - sec.addr());
            assertEquals(TrapRewrite.INT3, after[at]);
            for (int k = 0; k < s.end() - s.start(); k++) {
                inSite[at + k] = true;
                if (k > 0) {
                    assertEquals(TrapRewrite.NOP, after[at + k]);
                }
            }
        }
        for (int i = 0; i < before.length; i++) {
            if (!inSite[i]) {
                assertEquals(before[i], after[i], "byte at file offset " + i + " outside every site");
            }
        }
    }

    private record Cli(int exit, String out, String err) {
    }

    private static Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestRoot.real());
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
