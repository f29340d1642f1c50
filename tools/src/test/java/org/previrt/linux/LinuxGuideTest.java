package org.previrt.linux;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.docs.DocBlocks;
import org.previrt.docs.DocRunner;

/**
 * Every block of the guides marked {@code sh run=linux}, with {@code $O} the wrapper route's kernel
 * build folder (the {@code O=} of docs/afterburning-builds.md) and {@code $O_STOCK} the stock one. Both
 * are the builds LinuxAfterburnTest makes and caches (same recipes, same cache): this class builds no
 * kernel of its own, and waits for one under way.
 */
@Tag("linux")
class LinuxGuideTest {
    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyLinuxBlockRunsAsTheGuideShows() throws Exception {
        List<DocBlocks.Block> blocks = DocRunner.blocks("linux");
        Path tarball = Path.of(System.getProperty("previrt.linux.tarball", KernelSource.DEFAULT_TARBALL.toString()));
        assumeTrue(Files.isRegularFile(tarball), "no " + tarball + " (apt-get install linux-source-6.1)");
        for (String t : List.of("make", "gcc", "flex", "bison", "bc", "tar", "xz")) {
            assumeTrue(Tool.onPath(t), t + " is not installed (tools/run-tests installs what the Linux test needs)");
        }
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/time")), "/usr/bin/time is missing (apt-get install time)");
        Path root = TestRoot.real();
        Path cache = root.resolve("tools/target/linux");
        Files.createDirectories(cache);
        KernelSource source = KernelSource.unpack(tarball, cache);
        KernelBuild.Built wrapper = KernelBuild.build(source, cache, Routes.wrapper(root));
        KernelBuild.Built stock = KernelBuild.build(source, cache, Routes.stock());
        return DocRunner.tests(blocks, tmp, Map.of("O", wrapper.dir().toString(), "O_STOCK", stock.dir().toString()), 600);
    }
}
