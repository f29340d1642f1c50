package org.previrt.sites;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.Specs;
import org.previrt.testutil.Gas;
import org.previrt.testutil.Patch;
import org.previrt.util.ProjectRoot;

/** Sites of real gas output: the decoder must agree with the kind and length the typed pack recorded. */
class SiteAnalyzerTest {
    private static final InstructionDecoder NAMES = names();

    private static InstructionDecoder names() {
        try {
            return new InstructionDecoder(org.previrt.spec.Specs.load(org.previrt.util.ProjectRoot.find()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static IsaSpec spec;
    static SiteAnalyzer analyzer;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSpec() throws Exception {
        spec = Specs.load(ProjectRoot.find());
        analyzer = new SiteAnalyzer(new InstructionDecoder(spec));
    }

    private static SiteAnalyzer.Analysis analyze(Path file) throws Exception {
        return analyzer.analyze(ElfFile.read(file));
    }

    private static void assertAgreesWithTypedRecords(SiteAnalyzer.Analysis a) {
        assertEquals(List.of(), a.problems());
        for (Site s : a.sites()) {
            // in .code16 a pack names lgdt what the bytes make lgdt-16: the operand-size sibling
                assertTrue(NAMES.kindNames(s.recordedKind(), s.form()), s.where() + " " + s.form().name()
                        + " recorded as kind " + s.recordedKind());
        }
    }

    @Test
    void decodesEveryFamilyIn32BitCode() throws Exception {
        Path obj = Gas.assemble(dir, "all", Patch.resource("every-family.s"), Gas.TYPED);
        SiteAnalyzer.Analysis a = analyze(obj);
        assertAgreesWithTypedRecords(a);
        Set<String> families = new TreeSet<>();
        a.sites().forEach(s -> families.add(s.form().family()));
        Set<String> all = new TreeSet<>();
        spec.families().forEach(f -> all.add(f.name()));
        assertEquals(all, families, "every family has a site");
        assertTrue(a.sites().size() >= 80, "sites: " + a.sites().size());
        for (Site s : a.sites()) {
            assertFalse(s.code16(), s.where());
            assertNull(s.address());
            assertEquals(".text", s.section().name());
            assertEquals(s.length(), s.instruction().length + s.paddingBytes());
            assertTrue(s.paddingBytes() == 0 || s.executedNops() >= 1);
        }
    }

    @Test
    void decodes16BitCodeWithTheHelpOfTheTypedRecords() throws Exception {
        SiteAnalyzer.Analysis a = analyze(Gas.assemble(dir, "c16", Patch.resource("code16.s"), Gas.TYPED));
        assertAgreesWithTypedRecords(a);
        assertEquals(17, a.sites().size());
        Site ljmp = a.sites().get(4);
        assertEquals("ljmp-ptr-16", ljmp.form().name(), "ljmp in .code16 has the 16-bit operand size");
        assertTrue(ljmp.code16());
        assertEquals(5, ljmp.instruction().length, "ea, 16-bit offset, selector");
        // code16.s ends in .code32; the pack's padding (90, 66 90) is a NOP in both modes anyway
        assertEquals("any", a.sites().get(0).paddingNopsIn(), "cli padded with " + a.sites().get(0).padding());
    }

    @Test
    void plainRecordsDecodeToTheSameFormsAsTypedOnes() throws Exception {
        String src = Patch.resource("every-family.s");
        List<Site> typed = analyze(Gas.assemble(dir, "typed", src, Gas.TYPED)).sites();
        SiteAnalyzer.Analysis plain = analyze(Gas.assemble(dir, "plain", src, Gas.PLAIN));
        assertEquals(List.of(), plain.problems());
        assertEquals(typed.size(), plain.sites().size());
        for (int i = 0; i < typed.size(); i++) {
            Site t = typed.get(i);
            Site p = plain.sites().get(i);
            assertEquals(t.offset(), p.offset());
            assertNull(p.recordedKind());
            assertArrayEquals(t.instruction(), p.instruction(), t.where());
            assertEquals(t.form(), p.form(), t.where());
        }
    }

    @Test
    void onlyBytePaddingWithPrevirtNop1() throws Exception {
        SiteAnalyzer.Analysis a = analyze(Gas.assemble(dir, "nop1", "cli\nsti\nmovl %eax,%cr3\n", Gas.TYPED,
                "--defsym", "PREVIRT_NOP1=1"));
        assertAgreesWithTypedRecords(a);
        ElfFile elf = ElfFile.read(dir.resolve("nop1.o"));
        for (Site s : a.sites()) {
            byte[] code = elf.read(s.section(), s.offset(), s.length());
            // sti keeps its padding in front (interrupt shadow), the others after the instruction
            int from = s.insnOffset() > 0 ? 0 : s.instruction().length;
            int to = s.insnOffset() > 0 ? s.insnOffset() : code.length;
            assertEquals(s.form().shadow(), s.insnOffset() > 0, s.where());
            assertEquals(s.paddingBytes(), s.executedNops(), "one-byte NOPs, never a jump");
            for (int k = from; k < to; k++) {
                assertEquals((byte) 0x90, code[k], s.where() + "+" + k);
            }
        }
    }

    @Test
    void linkedExecutableHasTheSameSitesAtAddresses() throws Exception {
        Path obj = Gas.assemble(dir, "all", Patch.resource("every-family.s"), Gas.TYPED);
        Path second = Gas.assemble(dir, "more", ".section .text.more,\"ax\"\nhlt\nsti\n", Gas.TYPED);
        Path exe = Gas.link(dir, "all.exe", obj, second);
        List<Site> inObject = analyze(obj).sites();
        SiteAnalyzer.Analysis linked = analyze(exe);
        assertAgreesWithTypedRecords(linked);
        assertEquals(inObject.size() + 2, linked.sites().size());
        for (int i = 0; i < inObject.size(); i++) {
            Site o = inObject.get(i);
            Site l = linked.sites().get(i);
            assertEquals(0x100000 + o.offset(), l.address());
            assertEquals(o.form(), l.form());
            assertArrayEquals(o.instruction(), l.instruction());
            assertEquals(o.length(), l.length());
        }
        Site last = linked.sites().get(linked.sites().size() - 1);
        assertEquals("sti", last.form().name());
    }
}
