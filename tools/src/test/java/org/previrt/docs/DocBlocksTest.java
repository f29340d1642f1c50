package org.previrt.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** The extractor and the comparator of the guides' runnable blocks, on small made-up guides. */
class DocBlocksTest {
    @TempDir
    Path tmp;

    private static final Path DOC = Path.of("guide.md");

    private static final String GUIDE = """
            # A guide

            ```sh
            echo not runnable
            ```

            ```sh run=fast
            echo one
            printf 'two  \\n\\n'
            ```

            ```text output
            one
            two
            ```

            1. A step:

               ```sh run=binutils
               echo "$B"
               ```
            """;

    @Test
    void findsTheMarkedBlocksWithTheirTagsLinesAndOutput() {
        List<DocBlocks.Block> b = DocBlocks.parse(DOC, GUIDE);
        assertEquals(2, b.size());
        assertEquals("fast", b.get(0).tag());
        assertEquals(7, b.get(0).line());
        assertEquals("echo one\nprintf 'two  \\n\\n'\n", b.get(0).script());
        assertEquals(List.of("one", "two"), b.get(0).expected());
        assertEquals("binutils", b.get(1).tag());
        assertEquals("echo \"$B\"\n", b.get(1).script(), "the list item's indentation is taken off");
        assertNull(b.get(1).expected());
    }

    @Test
    void aMisspeltMarkOrAStrayOutputBlockIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> DocBlocks.parse(DOC, "```sh run=quick\necho\n```\n"));
        assertThrows(IllegalArgumentException.class, () -> DocBlocks.parse(DOC, "```sh run=fast\necho\n"));
        assertThrows(IllegalArgumentException.class,
                () -> DocBlocks.parse(DOC, "```sh\necho\n```\n```text output\n\n```\n"));
        assertThrows(IllegalArgumentException.class,
                () -> DocBlocks.parse(DOC, "```sh run=fast\necho\n```\nsome words\n```text output\n\n```\n"));
    }

    @Test
    void theMaskStandsForLinesOrPartsOfALine() {
        assertTrue(DocBlocks.matches(List.of("a", "b"), "a\nb  \n\n"));
        assertFalse(DocBlocks.matches(List.of("a", "b"), "a\nc\n"));
        assertFalse(DocBlocks.matches(List.of("a"), "a\nb\n"), "an extra line differs");
        assertFalse(DocBlocks.matches(List.of("a", "b"), "a\n"), "a missing line differs");
        assertTrue(DocBlocks.matches(List.of("a", "...", "z"), "a\nb\nc\nz\n"));
        assertTrue(DocBlocks.matches(List.of("a", "...", "z"), "a\nz\n"));
        assertTrue(DocBlocks.matches(List.of("id ... typed"), "id 0123abcd typed\n"));
        assertFalse(DocBlocks.matches(List.of("id ... typed"), "id 0123abcd afterburn\n"));
        assertTrue(DocBlocks.matches(List.of("x (1)*"), "x (1)*\n"), "no other character is special");
    }

    @Test
    void theRunnerFailsOnAFailingBlockAndOnDifferentOutput() throws Exception {
        DocRunner runner = new DocRunner(tmp);
        String doc = """
                ```sh run=fast
                echo fine
                false
                echo never
                ```

                ```sh run=fast
                echo one
                echo three
                ```
                ```text output
                one
                two
                ```

                ```sh run=fast
                test -x "$P/tools/previrt" && test -d "$P/isa-specs"
                test -z "$(ls -A)"
                touch here
                echo "$X"
                ```
                ```text output
                x...
                ```
                """;
        List<DocBlocks.Block> b = DocBlocks.parse(DOC, doc);
        assertEquals(3, b.size());
        AssertionFailedError failed = assertThrows(AssertionFailedError.class, () -> runner.check(b.get(0), Map.of(), 60));
        assertTrue(failed.getMessage().startsWith("guide.md:1: the block exited with 1"), failed.getMessage());
        assertTrue(failed.getMessage().contains("fine") && !failed.getMessage().contains("--- output\nfine\nnever"),
                failed.getMessage());
        AssertionFailedError differs = assertThrows(AssertionFailedError.class, () -> runner.check(b.get(1), Map.of(), 60));
        assertTrue(differs.getMessage().startsWith("guide.md:7: the output differs"), differs.getMessage());
        runner.check(b.get(2), Map.of("X", "xyz"), 60);
        runner.check(b.get(2), Map.of("X", "x"), 60); // a fresh empty folder each time
    }
}
