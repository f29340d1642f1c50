package org.previrt.docs;

import java.nio.file.Path;
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
        return DocRunner.tests(DocRunner.blocks("fast"), tmp, Map.of(), 300);
    }
}
