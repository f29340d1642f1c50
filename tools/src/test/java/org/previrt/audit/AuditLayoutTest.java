package org.previrt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.spec.Specs;

/**
 * Layouts of real code (found in Linux's own assembly) that the audit once reported as changes,
 * assembled by real gas through the pack; {@link AuditLayoutPatchedAsTest} runs the same through the
 * patched as (tag binutils: it needs the shared binutils build).
 */
class AuditLayoutTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void tools() {
        Exec.assumeTool("as", "--version");
        Exec.assumeTool("objdump", "--version");
    }

    InputResult audit(String asPath, Path workDir, String name, String asm) throws Exception {
        Path s = tmp.resolve(name);
        Files.writeString(s, asm);
        Path root = TestRoot.real();
        try (Auditor a = new Auditor(root, Specs.load(root), asPath, List.of(), workDir)) {
            return a.audit(s);
        }
    }

    /** The assemblers each test runs through: here the pack (null), in the subclass the patched as. */
    List<String> routes() {
        List<String> out = new ArrayList<>();
        out.add(null);
        return out;
    }

    @Test
    void aBranchToAFrontPaddedSiteLandsOnTheSiteStart() throws Exception {
        // sti pads in front (interrupt shadow): the label is the site start, where the padding begins
        String asm = ".text\nf:  jmp 1f\n    cli\n1:  sti\n    hlt\n    call 1b\n    ret\n"
                + ".data\np:  .long 1b\n";
        for (String as : routes()) {
            InputResult r = audit(as, null, "branch.s", asm);
            assertEquals(List.of(), r.changed(), String.valueOf(as));
            assertEquals(3, r.caught());
        }
    }

    @Test
    void alignmentFillStopsWhereAFrontPaddedSiteStarts() throws Exception {
        // the NOPs that align sti and the NOPs that pad it are told apart by the site record
        String asm = ".text\nf:  cli\n    ret\n    .p2align 4\n    sti\n    hlt\n    ret\n";
        for (String as : routes()) {
            InputResult r = audit(as, null, "fill.s", asm);
            assertEquals(List.of(), r.changed(), String.valueOf(as));
            assertEquals(List.of(), r.missed(), String.valueOf(as));
            assertEquals(3, r.caught());
            assertEquals(7 + 23 + 6, r.paddingBytes(), "cli 7, sti 23 in front, hlt 6");
        }
    }

    @Test
    void alignmentFillBeforeNopsOfTheCodeEndsWhereThoseStart() throws Exception {
        // entry_32.S: a function aligned to 16 begins with ASM_CLAC, whose ALTERNATIVE original is
        // .skip 3,0x90; objdump shows one NOP run, but only the part before the 0x90s is alignment
        String asm = ".text\nf:  cli\n    ret\n    .p2align 4\ng:  .skip 3, 0x90\n    cld\n    ret\n";
        for (String as : routes()) {
            InputResult r = audit(as, null, "skip.s", asm);
            assertEquals(List.of(), r.changed(), String.valueOf(as));
        }
        // more 0x90s in the pack object than in the stock one, ending off a 4-byte boundary, is still a change
        InputResult grown = audit(null, null, "grown.s", ".text\nf:  cli\n    ret\n    .p2align 4\ng:  .skip 3, 0x90\n"
                + "    .ifdef .Lpv_pack_loaded\n    .skip 5, 0x90\n    .endif\n    cld\n    ret\n");
        assertEquals(1, grown.changed().size(), grown.changed().toString());
        assertTrue(grown.changed().get(0).why().startsWith("NOPs"), grown.changed().toString());
    }

    /** Linux 6.1's ALTERNATIVE (alternative.h), one replacement; {@code origLen}: the origlen statement. */
    private static String alternative(String orig, String repl, String origLen) {
        return ".text\nf:\n661:\n " + orig + "\n662:\n"
                + ".skip -(((6651f-6641f)-(662b-661b)) > 0) * ((6651f-6641f)-(662b-661b)), 0x90\n663:\n"
                + ".pushsection .altinstructions,\"a\"\n .long 661b - .\n .long 6641f - .\n .word 0\n"
                + origLen + "\n .byte 6651f-6641f\n.popsection\n"
                + ".pushsection .altinstr_replacement,\"ax\"\n6641:\n " + repl + "\n6651:\n.popsection\n"
                + " ret\n";
    }

    @Test
    void alternativeLengthBytesMayGrowWithTheSitesInTheirRanges() throws Exception {
        // both ranges grow (a cli site in the original, pushf and cli in the replacement), and so does the
        // .skip fill that pads the original to the replacement's length
        for (String as : routes()) {
            InputResult r = audit(as, null, "alt.s", alternative("cli", "pushf; cli", " .byte 663b-661b"));
            assertEquals(List.of(), r.changed(), String.valueOf(as));
            assertEquals(3, r.caught(), String.valueOf(as));
        }
        // a length that does not end its range where the stock one does is a change
        InputResult bad = audit(null, null, "alt-bad.s", alternative("cli", "pushf; cli",
                ".ifdef .Lpv_pack_loaded\n .byte 663b-661b+1\n.else\n .byte 663b-661b\n.endif"));
        assertEquals(1, bad.changed().size(), bad.changed().toString());
        assertTrue(bad.changed().get(0).section().equals(".altinstructions"), bad.changed().toString());
    }


    @Test
    void aBadObjectIsNamedWithItsInputAndStep() throws Exception {
        // an "assembler" whose .afterburn holds a record without relocations
        Path bad = tmp.resolve("bad.s");
        Files.writeString(bad, ".section .afterburn,\"\",@progbits\n.long 0, 0\n");
        Path fake = tmp.resolve("fake-as");
        Files.writeString(fake, "#!/bin/sh\nexec as --32 -o \"$4\" \"$5\" \"" + bad + "\"\n");
        assertTrue(fake.toFile().setExecutable(true));
        AuditException e = assertThrows(AuditException.class, () -> audit(fake.toString(), null, "in.s",
                ".text\nf:  cli\n"));
        assertTrue(e.getMessage().startsWith(tmp.resolve("in.s") + " (pack object): .afterburn record at 0x0"),
                e.getMessage());
    }

    @Test
    void relativeIncbinResolvesFromTheWorkingFolder() throws Exception {
        // Linux's rmpiggy.S: .incbin "arch/x86/realmode/rm/realmode.bin", relative to the build folder
        Path build = Files.createDirectories(tmp.resolve("build/arch"));
        Files.write(build.resolve("blob.bin"), new byte[] {1, 2, 3, 4});
        String asm = ".text\nf:  cli\n    ret\n.data\n    .incbin \"arch/blob.bin\"\n";
        InputResult r = audit(null, build.getParent(), "incbin.s", asm);
        assertTrue(r.ok(), r.toString());
        AuditException e = assertThrows(AuditException.class, () -> audit(null, null, "incbin.s", asm));
        assertTrue(e.getMessage().contains("stock as --32 failed"), e.getMessage());
    }
}
