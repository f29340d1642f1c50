package org.previrt.binutils;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.previrt.TestRoot;
import org.previrt.binutils.tool.BinutilsException;
import org.previrt.binutils.tool.Builder;
import org.previrt.binutils.tool.Importer;
import org.previrt.binutils.tool.PatchSeries;
import org.previrt.binutils.tool.Patcher;

/**
 * The one patched binutils build every integration test shares: import the Debian tarball, apply the
 * series, build. Cached in tools/target/binutils-build/<series hash>/ so it is built once per series,
 * whatever the number of test classes or runs. Tests are skipped where the tarball or tools are missing.
 * <p>
 * It builds gas alone ({@link #PLAN}), at {@code -O1} without debug information: the tests run the
 * assembler, never the rest of binutils (the testsuite takes the machine's objdump, nm and readelf, which
 * are the same release 2.40: {@link #SYSTEM_TOOLS}), and this build competes with the kernel builds for
 * two cores. That is a quarter of the CPU of the command's full build ({@code tools/previrt binutils build}).
 */
public final class SharedBuild {
    public static final Path TARBALL = Path.of(System.getProperty("previrt.binutils.tarball",
            "/usr/src/binutils/binutils-2.40.tar.xz"));

    /** What the suite builds: gas and the libraries it links (bfd, opcodes, libiberty, zlib, libsframe). */
    static final Builder.Plan PLAN = new Builder.Plan(List.of("all-gas"),
            List.of("CFLAGS=-O1", "CXXFLAGS=-O1"));

    /** DejaGnu variables that point gas's testsuite at the machine's binutils programs (not built here). */
    public static final List<String> SYSTEM_TOOLS = List.of("OBJDUMP=objdump", "NM=nm",
            "READELF=readelf", "OBJCOPY=objcopy", "AR=ar", "STRIP=strip");

    record Built(Path dir, Path src, Path build, Path as, String log) {
    }

    private static Built built;

    private SharedBuild() {
    }

    /**
     * The patched as of the shared build for tests of other packages (the boot test), or null where
     * it cannot be built here (no tarball or build tools).
     */
    public static Path patchedAsOrNull() {
        try {
            return get().as();
        } catch (org.opentest4j.TestAbortedException e) {
            return null;
        } catch (Exception e) {
            throw new IllegalStateException("building the patched binutils failed", e);
        }
    }

    static synchronized Built get() throws Exception {
        assumeTrue(Files.isRegularFile(TARBALL), "no " + TARBALL + " (apt-get install binutils-source)");
        try {
            Builder.checkTools();
        } catch (BinutilsException e) {
            assumeTrue(false, e.getMessage());
        }
        if (built != null) {
            return built;
        }
        Path root = TestRoot.real();
        PatchSeries series = PatchSeries.load(root, "2.40");
        Path base = root.resolve("tools/target/binutils-build");
        Path dir = base.resolve(series.hash().substring(0, 16));
        Path marker = dir.resolve("built.ok");
        if (!Files.isRegularFile(marker)) {
            if (Files.isDirectory(base)) {
                try (Stream<Path> s = Files.list(base)) {
                    for (Path old : s.toList()) {
                        delete(old); // builds of other series
                    }
                }
            }
            Files.createDirectories(dir);
            PrintStream out = System.out;
            long t0 = System.nanoTime();
            Importer.importTarball(TARBALL, dir.resolve("src"), out);
            long t1 = System.nanoTime();
            Patcher.apply(root, dir.resolve("src"), out);
            long t2 = System.nanoTime();
            Builder.build(dir.resolve("src"), dir.resolve("build"), 2, PLAN, out);
            long t3 = System.nanoTime();
            Files.writeString(marker, String.format("series %s%nimport %ds, apply %ds, build %ds (make -j2)%n",
                    series.hash(), (t1 - t0) / 1_000_000_000L, (t2 - t1) / 1_000_000_000L,
                    (t3 - t2) / 1_000_000_000L), StandardCharsets.UTF_8);
        }
        built = new Built(dir, dir.resolve("src"), dir.resolve("build"), dir.resolve("build/gas/as-new"),
                Files.readString(marker));
        return built;
    }

    static void delete(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
