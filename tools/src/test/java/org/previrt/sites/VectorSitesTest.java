package org.previrt.sites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.spec.Specs;
import org.previrt.testutil.Gas;
import org.previrt.util.ProjectRoot;

/**
 * Every golden vector source, assembled with both packs: all its sites are valid, the decoder names the
 * form the typed pack recorded, and plain records decode to the same instructions.
 */
class VectorSitesTest {
    private static final InstructionDecoder NAMES = names();

    private static InstructionDecoder names() {
        try {
            return new InstructionDecoder(org.previrt.spec.Specs.load(org.previrt.util.ProjectRoot.find()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyVectorSourceHasValidSites() throws Exception {
        SiteAnalyzer analyzer = new SiteAnalyzer(new InstructionDecoder(Specs.load(ProjectRoot.find())));
        Path vectors = ProjectRoot.find().resolve("test-vectors");
        List<Path> sources;
        try (Stream<Path> s = Files.list(vectors)) {
            sources = s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
        assertFalse(sources.isEmpty(), "no sources in " + vectors);
        return sources.stream().map(src -> DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
            String text = Files.readString(src);
            String name = src.getFileName().toString().replace(".s", "");
            SiteAnalyzer.Analysis typed = analyzer.analyze(ElfFile.read(Gas.assemble(dir, name + "-t", text,
                    Gas.TYPED)));
            assertEquals(List.of(), typed.problems());
            for (Site s : typed.sites()) {
                // the typed pack names the form of the operand size encoded, in .code16 too
                assertTrue(NAMES.kindNames(s.recordedKind(), s.form()), s.where() + " " + s.form().name()
                        + " recorded as kind " + s.recordedKind());
            }
            SiteAnalyzer.Analysis plain = analyzer.analyze(ElfFile.read(Gas.assemble(dir, name + "-p", text,
                    Gas.PLAIN)));
            assertEquals(List.of(), plain.problems());
            assertEquals(typed.sites().size(), plain.sites().size());
            for (int i = 0; i < typed.sites().size(); i++) {
                Site t = typed.sites().get(i);
                Site p = plain.sites().get(i);
                // without a kind, a site in .code16 code cannot be told from 32-bit code: its mode-safe
                // padding reads as NOPs either way, so only 32-bit sites must decode identically
                if (!t.code16()) {
                    assertArrayEquals(t.instruction(), p.instruction(), t.where());
                }
                // a plain record in .code16 read without --code16 may read as the 32-bit sibling: same family
                assertEquals(t.form().family(), p.form().family(), t.where());
            }
        }));
    }
}
