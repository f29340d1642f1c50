package org.previrt.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.previrt.TestRoot;
import org.previrt.audit.Auditor;
import org.previrt.audit.Finding;
import org.previrt.audit.InputResult;
import org.previrt.binutils.SharedBuild;
import org.previrt.elf.ElfFile;
import org.previrt.spec.Specs;
import org.previrt.testutil.Cli;

/**
 * Debian's linux-source-6.1 (tinyconfig + console, initrd, ELF, perf), unchanged, built stock (keeping
 * gcc's assembly for the audit), through the wrapper and with the patched as, booted under QEMU and
 * checked. Slow on a cold cache (three kernel builds and the patched binutils);
 * builds are cached in tools/target/linux/ by the content of their inputs. Skip it in a quick loop with {@code mvn test -DexcludedGroups=linux}.
 */
@Tag("linux")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LinuxAfterburnTest {
    private Path root;
    private Path cache;
    private KernelSource source;
    private KernelBuild.Built stock;
    private Path initrd;
    private final Map<String, KernelBuild.Built> builds = new HashMap<>();
    private final Map<String, QemuBoot.Boot> boots = new HashMap<>();
    private final Map<String, Disassembly> decoded = new HashMap<>();
    private SensitiveSpelling spelling;

    @BeforeAll
    void buildStock() throws Exception {
        Path tarball = Path.of(System.getProperty("previrt.linux.tarball", KernelSource.DEFAULT_TARBALL.toString()));
        assumeTrue(Files.isRegularFile(tarball), "no " + tarball + " (apt-get install linux-source-6.1)");
        for (String t : List.of("make", "gcc", "flex", "bison", "bc", "objdump", "readelf", "tar", "xz",
                QemuBoot.BINARY)) {
            assumeTrue(Tool.onPath(t), t + " is not installed (tools/run-tests installs what the Linux test needs)");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "/usr/bin/time is missing (apt-get install time)");
        root = TestRoot.real();
        cache = root.resolve("tools/target/linux");
        Files.createDirectories(cache);
        spelling = SensitiveSpelling.load(root);
        long t0 = System.nanoTime();
        source = KernelSource.unpack(tarball, cache);
        System.out.printf("linux: source %s (%.0f s)%n", source.tree(), (System.nanoTime() - t0) / 1e9);
        stock = build(Routes.stock());
        initrd = InitRamfs.build(cache.resolve("initramfs"));
    }

    private KernelBuild.Built build(KernelBuild.Recipe r) throws Exception {
        long t0 = System.nanoTime();
        KernelBuild.Built b = KernelBuild.build(source, cache, r);
        System.out.printf("linux: %s build %s in %.0f s (make: %.1f s CPU, %.0f s wall, cold)%n", r.name(),
                b.cached() ? "cached" : "done", (System.nanoTime() - t0) / 1e9, b.cpuSeconds(), b.wallSeconds());
        return b;
    }

    /** The afterburned build of {@code route}, built on first use. */
    private synchronized KernelBuild.Built route(String route) throws Exception {
        KernelBuild.Built b = builds.get(route);
        if (b == null) {
            b = build(Routes.afterburned(route, root, cache));
            System.out.printf("linux: %s/stock make CPU %.3f (one cold build each, at different times: noisy)%n", route,
                    b.cpuSeconds() / stock.cpuSeconds());
            builds.put(route, b);
        }
        return b;
    }

    private synchronized QemuBoot.Boot boot(KernelBuild.Built b) throws Exception {
        QemuBoot.Boot r = boots.get(b.name());
        if (r == null) {
            r = QemuBoot.boot(b.bzImage(), initrd, b.dir().resolve("boot"));
            System.out.printf("linux: %s boot %d ms, exit %d, %d serial lines%n", b.name(), r.millis(), r.exit(),
                    r.serial().split("\n").length);
            boots.put(b.name(), r);
        }
        return r;
    }

    private synchronized Disassembly decode(KernelBuild.Built b) throws Exception {
        Disassembly d = decoded.get(b.name());
        if (d == null) {
            d = Disassembly.of(b.vmlinux());
            decoded.put(b.name(), d);
        }
        return d;
    }

    @Test
    void stockKernelRunsInit() throws Exception {
        QemuBoot.Boot b = boot(stock);
        assertTrue(b.serial().contains(InitRamfs.LINE), "no line from /init:\n" + b.serial());
        assertTrue(b.serial().contains("reboot: Restarting system"), "no restart:\n" + b.serial());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void sameConfiguration(String route) throws Exception {
        assertEquals(Files.readString(stock.config()), Files.readString(route(route).config()),
                "Kconfig saw different tools");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void bootsToTheSameTranscript(String route) throws Exception {
        KernelBuild.Built b = route(route);
        QemuBoot.Boot boot = boot(b);
        assertTrue(boot.serial().contains(InitRamfs.LINE), "no line from /init:\n" + boot.serial());
        Transcript want = Transcript.of(boot(stock).serial());
        Transcript got = Transcript.of(boot.serial());
        List<String> missing = want.surplusOver(got);
        List<String> extra = got.surplusOver(want);
        System.out.printf("linux: %s transcript %d lines, %d missing, %d extra against stock%n", route, got.size(),
                missing.size(), extra.size());
        assertTrue(missing.isEmpty() && extra.isEmpty(), "transcripts differ (timestamps and numbers masked)\n"
                + "only stock:\n  " + String.join("\n  ", missing) + "\nonly " + route + ":\n  "
                + String.join("\n  ", extra));
    }

    /** Check (a), see {@link SiteCoverage}. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void everySensitiveInstructionIsASite(String route) throws Exception {
        KernelBuild.Built b = route(route);
        SiteRecords records = SiteRecords.read(b.vmlinux());
        // the patched as makes Linux's .byte clac/stac/monitor/mwait sites; the pack cannot see data statements
        SiteCoverage.Result r = SiteCoverage.run(spelling, decode(stock), decode(b), records,
                route.equals(Routes.PATCHED_AS));
        System.out.printf("linux: %s: %d sensitive instructions in %d functions of the stock vmlinux, %d in sites;"
                + " %d outside a record; %d functions short; written as .byte (%s): %s; %d records%n",
                route, r.sensitive(), r.functions(), r.covered(), r.outside().size(), r.shortFunctions().size(),
                route.equals(Routes.PATCHED_AS) ? "required" : "not required", r.writtenAsBytes(),
                records.ranges().size());
        assertTrue(r.sensitive() > 1000, "the stock decode found only " + r.sensitive() + " sensitive instructions");
        if (route.equals(Routes.WRAPPER)) {
            // the macro packs cannot see a prefix written as its own statement (io.h's `rep; outsb`): their
            // site starts after the prefix byte (docs/macro-pack.md, "What a textual pack cannot catch"); the patched as
            // has no such limit and is held to the strict check below
            System.out.printf("linux: %s: %d sites start after a prefix statement (pack limit):%n  %s%n", route,
                    r.prefixOutside().size(), String.join("\n  ", r.prefixOutside()));
            assertTrue(r.okButPrefixStatements(), "not sites:\n  " + String.join("\n  ", r.outside())
                    + "\nfunctions with fewer sites than stock sensitive instructions:\n  "
                    + String.join("\n  ", r.shortWithPrefixOutside()));
            return;
        }
        assertTrue(r.ok(), "not sites:\n  " + String.join("\n  ", r.outside())
                + "\nfunctions with fewer sites than stock sensitive instructions:\n  "
                + String.join("\n  ", r.shortFunctions()));
    }

    /** Check (b), see {@link ShadowCheck}. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void nothingBetweenAnInterruptShadowInstructionAndTheNext(String route) throws Exception {
        KernelBuild.Built b = route(route);
        ShadowCheck.Result r = ShadowCheck.run(decode(b), SiteRecords.read(b.vmlinux()), spelling);
        System.out.printf("linux: %s: %d shadow instructions, %d with padding after (sti; sti pairs: %d)%n", route,
                r.shadows(), r.padded().size(), r.stiPairs());
        assertTrue(r.shadows() > 0, "no sti / mov to %ss / pop %ss decoded");
        assertTrue(r.padded().isEmpty(), r.padded().size() + " shadow instructions are followed by padding:\n  "
                + String.join("\n  ", r.padded().subList(0, Math.min(40, r.padded().size()))));
    }

    /** Check (c): every {@code __SCT__} trampoline keeps its bytes (a jump by the name of its target). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void staticCallTrampolinesKeepTheirBytes(String route) throws Exception {
        KernelBuild.Built b = route(route);
        Map<String, String> want = StaticCallTrampolines.read(stock.vmlinux());
        Map<String, String> got = StaticCallTrampolines.read(b.vmlinux());
        assertFalse(want.isEmpty(), "no " + StaticCallTrampolines.PREFIX + " symbols in the stock vmlinux");
        List<String> diff = new ArrayList<>();
        want.forEach((name, bytes) -> {
            if (!bytes.equals(got.get(name))) {
                diff.add(name + ": stock " + bytes + ", " + route + " " + got.get(name));
            }
        });
        System.out.printf("linux: %s: %d static-call trampolines, %d changed%n", route, want.size(), diff.size());
        assertTrue(diff.isEmpty() && got.keySet().equals(want.keySet()), diff.size() + " of " + want.size()
                + " trampolines changed:\n  " + String.join("\n  ", diff));
    }

    /** The afterburned build prints no warning the stock build lacks. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void noNewBuildWarnings(String route) throws Exception {
        KernelBuild.Built b = route(route);
        List<String> added = BuildWarnings.newIn(BuildWarnings.of(b, source.tree()), BuildWarnings.of(stock,
                source.tree()));
        assertTrue(added.isEmpty(), "warnings the stock build lacks:\n  " + String.join("\n  ",
                added.subList(0, Math.min(40, added.size()))));
    }

    /**
     * {@code tools/previrt audit} over the kernel's own assembly ({@code .s} kept by
     * {@code -save-temps=obj}, see {@link KernelAssembly}) finds no hole, through the pack and with the
     * patched as. First: it needs only the stock build, so it runs while the afterburned kernels are still
     * building ahead.
     */
    @Order(1)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void auditOfTheKernelsOwnAssemblyFindsNoHole(String route) throws Exception {
        String as = null;
        if (route.equals(Routes.PATCHED_AS)) {
            Path asNew = SharedBuild.patchedAsOrNull();
            assumeTrue(asNew != null, "the patched binutils cannot be built here (binutils-source, bison, flex, texinfo)");
            as = asNew.toString();
        }
        KernelBuild.Built temps = stock; // built with -save-temps=obj (Routes.stock)
        KernelAssembly asm = KernelAssembly.of(temps.dir());
        long t0 = System.nanoTime();
        List<InputResult> results;
        try (Auditor a = new Auditor(root, Specs.load(root), as, List.of(), temps.dir())) {
            results = a.auditAll(asm.files(), Runtime.getRuntime().availableProcessors());
        }
        Map<String, Integer> missedBy = new TreeMap<>();
        Map<String, Integer> changedBy = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        int sensitive = 0;
        int caught = 0;
        int holes = 0;
        for (InputResult r : results) {
            sensitive += r.sensitive();
            caught += r.caught();
            holes += r.holes();
            for (Finding f : r.missed()) {
                missedBy.merge(f.why().split("[ :]", 2)[0], 1, Integer::sum);
            }
            for (Finding f : r.changed()) {
                changedBy.merge(f.section() + ": " + f.why().replaceAll(" \\(pack: .*", ""), 1, Integer::sum);
                changed.add(temps.dir().relativize(Path.of(r.input())) + " " + f.where() + " " + f.insn() + ": "
                        + f.why());
            }
        }
        System.out.printf("linux: %s: audit of %d .s files (%d with .code16 skipped: %s; %d objects without .s: %s)"
                + " in %.0f s: %d sensitive, %d caught, %d missed %s (privileged, trapping: %d), %d holes, %d changed"
                + " %s%n  %s%n", route, asm.files().size(), asm.code16().size(), asm.code16(),
                asm.withoutAssembly().size(), asm.withoutAssembly(), (System.nanoTime() - t0) / 1e9, sensitive, caught,
                sensitive - caught, missedBy, sensitive - caught - holes, holes, changed.size(), changedBy,
                String.join("\n  ", changed));
        assertTrue(asm.files().size() > 300, "only " + asm.files().size() + " .s files");
        assertEquals(0, holes, "holes");
        assertEquals(List.of(), changed, "changed outside the sites");
        // the pack cannot see .byte instructions (privileged, so no holes) nor a prefix written as a
        // statement of its own (io.h's rep; insb ... rep; outsl: the site starts after the prefix); the
        // patched as makes sites of both
        Map<String, Integer> want = route.equals(Routes.WRAPPER)
                ? new TreeMap<>(Map.of("clac", 71, "stac", 37, "monitor", 1, "mwait", 1, "insb", 1, "insw", 1,
                        "insl", 1, "outsb", 1, "outsw", 1, "outsl", 1))
                : Map.of();
        assertEquals(want, missedBy, "missed");
    }

    /** The records are valid for {@code tools/previrt sites}; prints the figures of docs/measurements.md. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {Routes.WRAPPER, Routes.PATCHED_AS})
    void sitesAcceptsTheRecords(String route) throws Exception {
        KernelBuild.Built b = route(route);
        Cli r = Cli.run("sites", "--json", b.vmlinux().toString());
        String json = r.out();
        int at = json.lastIndexOf("\"summary\"");
        System.out.printf("linux: %s: sites exit %d, %s%n", route, r.exit(), at < 0 ? r.err() : json.substring(at).trim());
        long stockText = ElfFile.read(stock.vmlinux()).section(".text").orElseThrow().size();
        long text = ElfFile.read(b.vmlinux()).section(".text").orElseThrow().size();
        System.out.printf("linux: %s: .text %d bytes, stock %d (+%.1f %%)%n", route, text, stockText,
                100.0 * (text - stockText) / stockText);
        assertEquals(0, r.exit(), r.err());
        assertTrue(at > 0 && SiteRecords.read(b.vmlinux()).ranges().size() > 1000, "too few records");
    }
}
