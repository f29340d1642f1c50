package org.previrt.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.spec.Specs;
import org.previrt.testutil.Gas;
import org.previrt.util.ProjectRoot;

/** Sites in what gcc -m32 makes of inline assembly, in the object and in a position-independent link. */
class GccSitesTest {
    @TempDir
    Path dir;

    @Test
    void inlineAssemblyOfRealGccOutput() throws Exception {
        SiteAnalyzer analyzer = new SiteAnalyzer(new InstructionDecoder(Specs.load(ProjectRoot.find())));
        Path c = ProjectRoot.find().resolve("tools/src/test/resources/gcc/sensitive.c");
        Path obj = Gas.gcc(dir, "sensitive", c, Gas.TYPED);
        Path pie = Gas.linkPie(dir, "sensitive.pie", obj);
        List<String> forms = List.of("mov-from-creg", "cli", "sti", "rdtsc", "cpuid", "in-imm-b", "out-dx-b");
        SiteAnalyzer.Analysis inObject = analyzer.analyze(ElfFile.read(obj));
        assertEquals(List.of(), inObject.problems());
        assertEquals(forms, inObject.sites().stream().map(s -> s.form().name()).toList());
        ElfFile linked = ElfFile.read(pie);
        assertEquals(ElfFile.ET_DYN, linked.type());
        SiteAnalyzer.Analysis a = analyzer.analyze(linked);
        assertEquals(List.of(), a.problems());
        assertEquals(forms, a.sites().stream().map(s -> s.form().name()).toList());
        for (Site s : a.sites()) {
            assertEquals(s.section().addr() + s.offset(), s.address());
        }
    }
}
