package org.previrt.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSection;
import org.previrt.testutil.Gas;

class NopPaddingTest {
    @TempDir
    Path dir;

    /** gas is the oracle: whatever .nops emits, for every size a site can need, must read as padding. */
    @Test
    void acceptsEverythingGasEmitsForNops() throws Exception {
        String[][] variants = {{}, {"-march=i386"}, {"-march=i686"}, {"-march=generic32"}, {"-mtune=i686"}};
        for (String[] options : variants) {
            for (String prelude : new String[] {"", ".code16\n", ".code16\n.code32\n"}) {
                StringBuilder src = new StringBuilder(prelude);
                for (int n = 1; n <= 32; n++) {
                    src.append(".nops ").append(n).append('\n');
                }
                Path obj = Gas.assemble(dir, "nops", src.toString(), null, options);
                ElfFile elf = ElfFile.read(obj);
                ElfSection text = elf.section(".text").orElseThrow();
                byte[] code = elf.read(text, 0, (int) text.size());
                int at = 0;
                for (int n = 1; n <= 32; n++) {
                    NopPadding.Result r = NopPadding.check(code, at, at + n);
                    String what = String.join(" ", options) + " " + prelude.replace('\n', ' ') + ".nops " + n + ": "
                            + HexFormat.of().formatHex(code, at, at + n);
                    assertTrue(r.valid(), what);
                    assertTrue(r.executed() >= 1 && r.executed() <= n, what);
                    // gas pads with the NOPs of the mode the file ends in
                    assertTrue(prelude.endsWith(".code16\n") ? r.nopsIn16() : r.nopsIn32(), what + " " + r.modes());
                    at += n;
                }
            }
        }
    }

    @Test
    void countsAJumpOverAPadAsOneInstruction() {
        byte[] code = HexFormat.of().parseHex("eb0590908d7600"); // 8d 76 00: lea 0(%esi),%esi
        NopPadding.Result r = NopPadding.check(code, 0, 7);
        assertTrue(r.valid());
        assertEquals(1, r.executed());
    }

    @Test
    void rejectsNonNopsAndPointsAtTheFirstBadByte() {
        byte[] code = HexFormat.of().parseHex("9090c39090");
        NopPadding.Result r = NopPadding.check(code, 0, code.length);
        assertFalse(r.valid());
        assertEquals(2, r.firstBad());
        // a jump that does not land exactly on the end of the site is not padding
        assertFalse(NopPadding.check(HexFormat.of().parseHex("eb04909090"), 0, 5).valid());
        assertFalse(NopPadding.check(HexFormat.of().parseHex("eb01909090"), 0, 5).valid());
    }

    @Test
    void saysInWhichCodeSizeThePaddingIsNops() {
        assertEquals("32", NopPadding.check(HexFormat.of().parseHex("8d742600"), 0, 4).modes());
        assertEquals("16", NopPadding.check(HexFormat.of().parseHex("8db40000"), 0, 4).modes());
        assertEquals("any", NopPadding.check(HexFormat.of().parseHex("906690"), 0, 3).modes());
        // 8d 76 00 is lea 0(%esi),%esi in 32-bit code but lea 0(%bp),%si in 16-bit code
        assertEquals("32", NopPadding.check(HexFormat.of().parseHex("8d7600"), 0, 3).modes());
        // mixed sets: valid padding, but NOPs in neither mode
        NopPadding.Result mixed = NopPadding.check(HexFormat.of().parseHex("8d76008d7400"), 0, 6);
        assertTrue(mixed.valid());
        assertEquals("none", mixed.modes());
        // bytes jumped over never run
        assertEquals("any", NopPadding.check(HexFormat.of().parseHex("eb048db40000"), 0, 6).modes());
    }

    @Test
    void emptyPaddingIsValid() {
        assertTrue(NopPadding.check(new byte[] {(byte) 0xfa}, 1, 1).valid());
    }
}
