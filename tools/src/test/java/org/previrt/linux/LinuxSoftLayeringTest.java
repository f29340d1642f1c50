package org.previrt.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.previrt.TestRoot;
import org.previrt.boot.SitesDriver;
import org.previrt.cli.Main;

/**
 * Soft layering on the real target: the vmlinux of each route (the builds LinuxAfterburnTest caches),
 * loaded by the product monitor ({@code tools/previrt monitor}) with every site rewritten to int3,
 * boots to the stock bzImage's transcript (timestamps and numbers masked) and ends with the monitor's
 * report line: every record rewritten (those in .altinstr_replacement too, so that the copies
 * apply_alternatives() makes arrive rewritten), hundreds of sites taken.
 */
@Tag("linux")
@Tag("qemu")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinuxSoftLayeringTest {
    private static final Pattern REPORT = Pattern.compile("monitor: (\\d+) records, (\\d+) rewritten \\((\\d+) by call\\), (\\d+) skipped, "
            + "(\\d+) sites taken \\((\\d+) copied\\), (\\d+) traps \\(([^)]*)\\), (\\d+) forwarded\n");

    private Path root;
    private Path cache;
    private KernelSource source;
    private KernelBuild.Built stock;
    private Path initrd;
    private Path monitor;

    @BeforeAll
    void setUp() throws Exception {
        Path tarball = Path.of(System.getProperty("previrt.linux.tarball", KernelSource.DEFAULT_TARBALL.toString()));
        assumeTrue(Files.isRegularFile(tarball), "no " + tarball + " (apt-get install linux-source-6.1)");
        for (String t : List.of("make", "gcc", "flex", "bison", "bc", "tar", "xz", QemuBoot.BINARY)) {
            assumeTrue(Tool.onPath(t), t + " is not installed (tools/run-tests installs what the Linux test needs)");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "/usr/bin/time is missing (apt-get install time)");
        root = TestRoot.real();
        cache = root.resolve("tools/target/linux");
        Files.createDirectories(cache);
        source = KernelSource.unpack(tarball, cache);
        stock = KernelBuild.build(source, cache, Routes.stock());
        initrd = InitRamfs.build(cache.resolve("initramfs"));
        monitor = cache.resolve("soft-layering/monitor.elf");
        Files.createDirectories(monitor.getParent());
        assertEquals(0, cli("monitor", "-o", monitor.toString()).exit);
    }

    private record Run(int exit, String out) {
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), root);
        return new Run(exit, out.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void bootsSoftLayeredToTheStockTranscript(String route) throws Exception {
        Matcher m = bootsToTheStockTranscript(route, "");
        assertEquals(0, Integer.parseInt(m.group(3)), "int3 unless monitor.rewrite=call");
    }

    /**
     * monitor.rewrite=call: vmlinux's text is linked at PAGE_OFFSET but starts at its physical address,
     * so a site becomes a call at its first trap with paging on; the sites taken after that point (the
     * many hundreds of the boot's later stages) enter by call.
     */
    @Test
    void bootsSoftLayeredWithCallSites() throws Exception {
        Matcher m = bootsToTheStockTranscript(Routes.WRAPPER, "monitor.rewrite=call");
        int byCall = Integer.parseInt(m.group(3));
        assertTrue(byCall >= 300 && byCall <= Integer.parseInt(m.group(5)), "sites switched to call: " + m.group());
    }

    /**
     * The monitor's copy table on the real kernel (host build of tools/monitor/copies.c): every record in
     * .altinstr_replacement is copied by at least one .altinstructions entry, and each copy is recognised
     * once Linux has applied its alternative and never on the image as loaded, where the original
     * instruction (often a site itself) is still in place.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void copyTableCoversEveryReplacementSite(String route) throws Exception {
        KernelBuild.Built b = KernelBuild.build(source, cache, Routes.afterburned(route, root, cache));
        Path dir = Files.createDirectories(cache.resolve("soft-layering/copies-" + route));
        SitesDriver.Run r = SitesDriver.build(dir).run(b.vmlinux());
        assertEquals(0, r.exit(), r.out());
        Set<String> copiedSites = new TreeSet<>();
        int copies = 0;
        for (String line : r.out().split("\n")) {
            String[] f = line.split(" ");
            if (f[0].equals("copy")) {
                copies++;
                assertEquals("1 0", f[3] + " " + f[4], "copy at " + f[1] + " of the site at " + f[2]);
            } else if (f[f.length - 1].equals("1")) {      // USE 1: in .altinstr_replacement
                copiedSites.add(f[0]);
            }
        }
        Run sites = cli("sites", "--json", b.vmlinux().toString());
        assertEquals(count(sites.out, "\"kernelSection\": \"copied\""), copiedSites.size());
        assertTrue(copies >= copiedSites.size(), copies + " copies of " + copiedSites.size() + " sites");
        System.out.printf("linux: %s: %d sites in .altinstr_replacement, %d places apply_alternatives() may copy them to%n",
                route, copiedSites.size(), copies);
    }

    private Matcher bootsToTheStockTranscript(String route, String monitorOptions) throws Exception {
        KernelBuild.Built b = KernelBuild.build(source, cache, Routes.afterburned(route, root, cache));
        QemuBoot.Boot want = QemuBoot.boot(stock.bzImage(), initrd, cache.resolve("soft-layering/stock"));
        String run = route + (monitorOptions.isEmpty() ? "" : "-call");
        QemuBoot.Boot got = QemuBoot.boot(monitor, b.vmlinux() + "," + initrd, monitorOptions,
                cache.resolve("soft-layering/" + run));
        Matcher m = REPORT.matcher(got.serial());
        assertTrue(m.find(), "no monitor report line:\n" + got.serial());
        System.out.printf("linux: %s soft-layered boot %d ms (stock bzImage %d ms): %s", run, got.millis(), want.millis(),
                m.group());
        assertTrue(got.serial().contains(InitRamfs.LINE), "no line from /init:\n" + got.serial());
        String kernelLines = got.serial().substring(0, m.start()) + got.serial().substring(m.end());
        // the signs of sched_clock's offsets follow how long the boot took to get there (traps cost time)
        Transcript w = Transcript.of(unsignedSchedClock(want.serial()));
        Transcript g = Transcript.of(unsignedSchedClock(kernelLines));
        List<String> missing = w.surplusOver(g);
        List<String> extra = g.surplusOver(w);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "transcripts differ (timestamps and numbers masked)\nonly stock:\n  "
                + String.join("\n  ", missing) + "\nonly soft-layered " + run + ":\n  " + String.join("\n  ", extra));

        int records = Integer.parseInt(m.group(1));
        int rewritten = Integer.parseInt(m.group(2));
        int skipped = Integer.parseInt(m.group(4));
        int taken = Integer.parseInt(m.group(5));
        Run sites = cli("sites", "--json", b.vmlinux().toString());
        assertEquals(0, sites.exit);
        int all = count(sites.out, "\"record\": ");
        assertEquals(all, records, "records the monitor read vs tools/previrt sites");
        assertEquals(0, skipped, "every record is rewritten, those in .altinstr_replacement too");
        assertEquals(records, rewritten);
        assertTrue(taken >= 300, "distinct sites taken: " + taken);
        return m;
    }

    private static String unsignedSchedClock(String serial) {
        Matcher m = Pattern.compile("(?m)^(.*sched_clock: Marking stable.*)$").matcher(serial);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).replace("-", "")));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
