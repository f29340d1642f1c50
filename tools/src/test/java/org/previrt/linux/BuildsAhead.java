package org.previrt.linux;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.previrt.TestRoot;

/**
 * The Linux tests' three kernel builds, made ahead of the tests by {@code testutil.BuildAhead}: the same
 * calls the tests make, so the tests find them in the cache. Stock first (it fills the {@link Cc1Memo}),
 * then wrapper and patched-as one after the other: the run is bound by CPU (both cores busy throughout),
 * and the two built side by side took more CPU, not less time. A test asking for a build under way waits on
 * {@link KernelBuild#build}'s lock for that recipe; whatever goes wrong here is left for the test to meet
 * and report.
 */
public final class BuildsAhead {
    private BuildsAhead() {
    }

    public static void kernels() throws Exception {
        Path tarball = Path.of(System.getProperty("previrt.linux.tarball", KernelSource.DEFAULT_TARBALL.toString()));
        if (!Files.isRegularFile(tarball) || !Files.isExecutable(Path.of("/usr/bin/time"))) {
            return;
        }
        for (String t : List.of("make", "gcc", "flex", "bison", "bc", "tar", "xz")) {
            if (!Tool.onPath(t)) {
                return;
            }
        }
        Path root = TestRoot.real();
        Path cache = root.resolve("tools/target/linux");
        Files.createDirectories(cache);
        KernelSource source = KernelSource.unpack(tarball, cache);
        build(source, cache, Routes.stock());
        build(source, cache, Routes.wrapper(root));
        build(source, cache, Routes.afterburned(Routes.PATCHED_AS, root, cache));
    }

    private static void build(KernelSource source, Path cache, KernelBuild.Recipe r) throws Exception {
        long t0 = System.nanoTime();
        KernelBuild.Built b = KernelBuild.build(source, cache, r);
        if (!b.cached()) {
            Path memo = b.dir().resolve("cc1-memo.txt");
            System.out.printf("build ahead: linux %s built in %.0f s (%.0f CPU-s); %s", r.name(),
                    (System.nanoTime() - t0) / 1e9, b.cpuSeconds(),
                    Files.exists(memo) ? Files.readString(memo) : "\n");
        }
    }
}
