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
 * Soft layering: the pack-built kernel, loaded as a module by the product monitor ({@code tools/previrt
 * monitor}, tools/monitor/), boots with every site rewritten to int3 at load time and prints the same
 * transcript: the monitor runs each site's original bytes out of line (or emulates lgdt, lidt, ljmp and
 * int), delivers the kernel's int $0x30 to the kernel's own IDT, and reports at the exit port write.
 * Every site of the kernel is on its executed path by design, so the monitor must report every record taken.
 */
@Tag("qemu")
class TrapRewriteBootTest {
    @TempDir
    static Path dir;
    static Path kernel;
    static Path monitor;
    static List<TrapRewrite.Site> sites;

    @BeforeAll
    static void buildPackKernelAndMonitor() throws Exception {
        assumeTrue(Qemu.available(), Qemu.BINARY + " is not installed");
        kernel = KernelBuild.build(dir.resolve("pack"), KernelBuild.Assembler.PACK);
        sites = TrapRewrite.sites(kernel);
        assertTrue(sites.size() > 0);
        monitor = Monitor.build(dir);
    }

    /** Boots {@code guest} through the monitor: same kernel lines, every record rewritten and taken. */
    private static Transcript bootsThroughTheMonitor(Path guest, int records) throws Exception {
        return bootsThroughTheMonitor(guest, records, "");
    }

    private static Transcript bootsThroughTheMonitor(Path guest, int records, String cmdline) throws Exception {
        Qemu.Boot boot = Qemu.boot(monitor, List.of(guest), cmdline);
        assertEquals(Transcript.EXIT_OK, boot.exit(), "exit status; serial:\n" + boot.serial() + boot.stderr());
        Transcript t = Transcript.parse(boot.serial());
        assertEquals(Transcript.expectedKernelLines(), t.kernel());
        assertEquals(records, t.records(), "records the monitor sees vs .afterburn");
        assertEquals(records, t.rewritten(), "every record rewritten at load");
        assertEquals(0, t.skipped());
        assertEquals(0, t.copiedTaken(), "the test kernel has no alternatives");
        assertEquals(records, t.sitesTaken(), "every site is on the executed path, so every one traps");
        // the serial polling loop makes the total vary with the host; each site traps at least once
        assertTrue(t.traps() >= t.sitesTaken(), t.toString());
        // int $0x30 reaches the kernel's own handler through the kernel's IDT
        assertTrue(t.forwarded() >= 1, t.toString());
        return t;
    }

    @Test
    void packKernelBootsThroughTheMonitor() throws Exception {
        Transcript t = bootsThroughTheMonitor(kernel, sites.size());
        assertEquals(0, t.byCall(), "int3 unless monitor.rewrite=call");
        assertTrue(t.topKinds().startsWith("OUT_DX_B ") || t.topKinds().startsWith("IN_DX_B "), t.topKinds());
    }

    /** monitor.rewrite=call: sites of 5 bytes or more enter the monitor by a call, the rest by int3. */
    @Test
    void packKernelBootsWithCallSites() throws Exception {
        long longSites = sites.stream().filter(s -> s.end() - s.start() >= 5).count();
        assertTrue(longSites > 0, "the kernel has sites a call fits: " + longSites);
        Transcript t = bootsThroughTheMonitor(kernel, sites.size(), "monitor.rewrite=call");
        assertEquals(longSites, t.byCall(), t.toString());
    }

    @Test
    void unknownRewriteChoiceStopsTheBoot() throws Exception {
        Qemu.Boot boot = Qemu.boot(monitor, List.of(kernel), "monitor.rewrite=jump");
        assertEquals(Transcript.EXIT_MONITOR_STOPPED, boot.exit(), boot.serial());
        assertEquals("monitor: stopped: unknown monitor option in the command line (known: monitor.rewrite=int3|call|none) "
                + "(0x00000000)\n", boot.serial());
    }

    @Test
    void patchedAssemblerKernelBootsThroughTheMonitor() throws Exception {
        assumeTrue(KernelBuild.patchedAs() != null,
                "no patched as named (system property previrt.patchedAs or PREVIRT_PATCHED_AS)");
        Path patched = KernelBuild.build(dir.resolve("patched"), KernelBuild.Assembler.PATCHED);
        int records = TrapRewrite.sites(patched).size();
        assertTrue(records > 0);
        bootsThroughTheMonitor(patched, records);
    }

    /** An image rewritten already: the monitor finds int3 where a record says an instruction is, and stops. */
    @Test
    void alreadyRewrittenKernelStopsTheBootNamingTheRecord() throws Exception {
        Path trapped = dir.resolve("trapped-by-test.elf");
        assertEquals(sites.size(), TrapRewrite.rewrite(kernel, trapped));
        assertOnlySitesChanged(Files.readAllBytes(kernel), Files.readAllBytes(trapped));
        Qemu.Boot boot = Qemu.boot(monitor, List.of(trapped), "");
        assertEquals(Transcript.EXIT_MONITOR_STOPPED, boot.exit(), boot.serial());
        assertEquals(String.format("monitor: stopped: record 0 (0x%08x): site bytes do not decode as the typed record's kind%n",
                sites.get(0).start()), boot.serial());
    }

    @Test
    void kernelWithoutRecordsStopsTheBoot() throws Exception {
        Path stock = KernelBuild.build(dir.resolve("stock"), KernelBuild.Assembler.STOCK);
        Qemu.Boot boot = Qemu.boot(monitor, List.of(stock), "");
        assertEquals(Transcript.EXIT_MONITOR_STOPPED, boot.exit(), boot.serial());
        assertEquals("monitor: stopped: guest has no .afterburn section: it was not built with previrt (0x00000000)\n",
                boot.serial());
    }

    @Test
    void noModuleStopsTheBoot() throws Exception {
        Qemu.Boot boot = Qemu.boot(monitor, List.of(), "");
        assertEquals(Transcript.EXIT_MONITOR_STOPPED, boot.exit(), boot.serial());
        assertTrue(boot.serial().startsWith("monitor: stopped: no guest: pass the kernel as the first module"), boot.serial());
    }

    @Test
    void rewriteCommandWritesWhatTheTestWrites() throws Exception {
        Path trapped = dir.resolve("trapped-by-command.elf");
        Cli r = cli("rewrite", kernel.toString(), trapped.toString(), "--mode", "trap");
        assertEquals(0, r.exit(), r.err());
        Path ours = dir.resolve("trapped-for-comparison.elf");
        TrapRewrite.rewrite(kernel, ours);
        assertArrayEquals(Files.readAllBytes(ours), Files.readAllBytes(trapped),
                "tools/previrt rewrite --mode trap differs from int3 + NOPs over each recorded site");
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
