package org.previrt.docs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.binutils.SharedBuild;

/**
 * Every block of the guides marked {@code sh run=binutils}, with {@code $B} the build folder of the
 * suite's shared patched binutils ({@code $B/gas/as-new}; what {@code tools/previrt binutils build}
 * makes in {@code ~/binutils-2.40-build}).
 */
@Tag("binutils")
class GuideBlocksBinutilsTest {
    @TempDir
    static Path tmp;

    @TestFactory
    Stream<DynamicTest> everyBinutilsBlockRunsAsTheGuideShows() throws Exception {
        List<DocBlocks.Block> blocks = DocRunner.blocks("binutils");
        Path as = SharedBuild.patchedAsOrNull();
        assumeTrue(as != null, "the patched binutils cannot be built here (binutils-source, bison, flex, texinfo)");
        return DocRunner.tests(blocks, tmp, Map.of("B", as.getParent().getParent().toString()), 600);
    }
}
