package org.previrt.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSection;
import org.previrt.spec.model.NopTable;
import org.previrt.spec.Specs;
import org.previrt.testutil.Gas;
import org.previrt.util.ProjectRoot;

/** The NOP table of the specs against objdump, and the padding rule built on it. */
class NopPaddingTest {
    private static NopTable nops;
    private static NopPadding padding;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        nops = Specs.load(ProjectRoot.find()).nops();
        padding = new NopPadding(nops);
    }

    /** objdump is the oracle: each pattern is ONE instruction, shown as the table says, in both modes. */
    @Test
    void everyPatternIsOneNopIn32And16BitCode() throws Exception {
        StringBuilder src = new StringBuilder();
        for (NopTable.Pattern p : nops.patterns()) {
            src.append(".byte ").append(p.cBytes()).append('\n');
        }
        Path obj = Gas.assemble(dir, "patterns", src.toString(), null);
        List<String[]> at32 = disassemble(obj, false);
        List<String[]> at16 = disassemble(obj, true);
        assertEquals(nops.patterns().size(), at32.size(), "32-bit: one instruction per pattern " + at32);
        assertEquals(nops.patterns().size(), at16.size(), "16-bit: one instruction per pattern " + at16);
        for (int i = 0; i < nops.patterns().size(); i++) {
            NopTable.Pattern p = nops.patterns().get(i);
            assertEquals(HexFormat.of().formatHex(p.bytes()), at32.get(i)[0], "32-bit bytes of pattern " + (i + 1));
            assertEquals(p.at32(), at32.get(i)[1], "32-bit reading of pattern " + (i + 1));
            assertEquals(p.at16(), at16.get(i)[1], "16-bit reading of pattern " + (i + 1));
            assertTrue(p.at32().matches("(data(16|32) )?(nop[wl]?|xchg +%e?ax,%e?ax)( .*)?"), p.at32());
            assertTrue(p.at16().matches("(data(16|32) )?(nop[wl]?|xchg +%e?ax,%e?ax)( .*)?"), p.at16());
        }
    }

    /** Padding of every length a site can need: one instruction, a NOP or a jmp to the end, per objdump. */
    @Test
    void paddingOfAnyLengthRunsOneInstruction() throws Exception {
        StringBuilder src = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        for (int n = 1; n <= 64; n++) {
            byte[] b = nops.padding(n, false);
            assertEquals(n, b.length);
            assertEquals(1, nops.executed(n, false));
            starts.add(at);
            at += n;
            src.append(".byte ").append(new NopTable.Pattern(b, "", "").cBytes()).append('\n');
        }
        Path obj = Gas.assemble(dir, "pads", src.toString(), null);
        ElfFile elf = ElfFile.read(obj);
        ElfSection text = elf.section(".text").orElseThrow();
        byte[] code = elf.read(text, 0, (int) text.size());
        String dump = org.previrt.Exec.run(null, java.util.Map.of(), null, List.of("objdump", "-d", obj.toString())).out();
        for (int n = 1; n <= 64; n++) {
            int s = starts.get(n - 1);
            NopPadding.Result r = padding.check(code, s, s + n);
            assertTrue(r.valid(), "padding of " + n);
            assertEquals(1, r.executed(), "padding of " + n);
            if (n > nops.longest()) {
                // objdump's own reading: a jmp at the start whose target is the end of the padding
                assertTrue(dump.contains(String.format("%x:\teb %02x", s, n - 2)), "jmp rel8 at " + s);
                assertTrue(dump.matches("(?s).*\\n +" + Integer.toHexString(s) + ":\\s+eb [0-9a-f]{2}\\s+jmp\\s+0x"
                        + Integer.toHexString(s + n) + "\\n.*"), "jmp target of padding " + n);
            }
        }
    }

    @Test
    void oneByteNopsCountOneInstructionEach() {
        byte[] b = nops.padding(9, true);
        assertEquals("909090909090909090", HexFormat.of().formatHex(b));
        NopPadding.Result r = padding.check(b, 0, b.length);
        assertTrue(r.valid());
        assertEquals(9, r.executed());
    }

    @Test
    void rejectsNonNopsAndPointsAtTheFirstBadByte() {
        byte[] code = HexFormat.of().parseHex("9090c39090");
        NopPadding.Result r = padding.check(code, 0, code.length);
        assertFalse(r.valid());
        assertEquals(2, r.firstBad());
        // a jump that does not land exactly on the end of the padding is not padding
        assertFalse(padding.check(HexFormat.of().parseHex("eb04909090"), 0, 5).valid());
        assertFalse(padding.check(HexFormat.of().parseHex("eb01909090"), 0, 5).valid());
        // lea 0(%esi),%esi is a NOP only in 32-bit code: not in the table
        assertFalse(padding.check(HexFormat.of().parseHex("8d7600"), 0, 3).valid());
        assertFalse(padding.check(HexFormat.of().parseHex("eb038d7600"), 0, 5).valid());
    }

    @Test
    void findsWhereAnInstructionMayStartAfterPadding() {
        // jmp over a 5-byte pad would land on 7; the pad itself is not 5 bytes of patterns here
        byte[] code = HexFormat.of().parseHex("eb05660f1f4000fb");
        assertTrue(padding.ends(code, 0, code.length).contains(7));
        assertTrue(padding.ends(HexFormat.of().parseHex("0f1f00fb"), 0, 4).contains(3));
    }

    @Test
    void emptyPaddingIsValid() {
        assertTrue(padding.check(new byte[] {(byte) 0xfa}, 1, 1).valid());
    }

    /** {hex bytes, instruction text} per line of objdump -d (16-bit with -M i8086). */
    private static List<String[]> disassemble(Path obj, boolean code16) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("objdump", "-d", "-j", ".text"));
        if (code16) {
            cmd.addAll(List.of("-M", "i8086"));
        }
        cmd.add(obj.toString());
        List<String[]> out = new ArrayList<>();
        for (String line : org.previrt.Exec.run(null, java.util.Map.of(), null, cmd).out().split("\n")) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && cols[0].trim().matches("[0-9a-f]+:")) {
                out.add(new String[] {cols[1].trim().replace(" ", ""), cols[2].trim().replaceAll(" +", " ")});
            }
        }
        return out;
    }
}
