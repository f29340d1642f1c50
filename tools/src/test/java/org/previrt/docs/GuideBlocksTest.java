package org.previrt.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every block of README.md and docs/*.md marked {@code sh run=fast}, run as the guide shows it (gas,
 * gcc, objdump and the tools; no binutils build, no QEMU, no kernel), its output compared where the
 * guide shows it. The {@code binutils} and {@code linux} blocks: {@link GuideBlocksBinutilsTest} and
 * {@code org.previrt.linux.LinuxGuideTest}.
 */
class GuideBlocksTest {
    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyFastBlockRunsAsTheGuideShows() throws Exception {
        List<DocBlocks.Block> blocks = DocRunner.blocks("fast");
        assertFalse(blocks.isEmpty(), "no block marked sh run=fast in the guides");
        DocRunner runner = new DocRunner(tmp);
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> runner.check(b, Map.of(), 300)));
    }
}
