package org.previrt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.binutils.SharedBuild;
import org.previrt.render.Pipeline;

/**
 * Layouts of real code (found in Linux's own assembly) that the audit once reported as changes,
 * assembled by real gas: through the pack and, where it is built, the patched as.
 */
class AuditLayoutTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void tools() {
        Exec.assumeTool("as", "--version");
        Exec.assumeTool("objdump", "--version");
    }

    private InputResult audit(String asPath, Path workDir, String name, String asm) throws Exception {
        Path s = tmp.resolve(name);
        Files.writeString(s, asm);
        Path root = TestRoot.real();
        try (Auditor a = new Auditor(root, Pipeline.loadSpec(root), asPath, List.of(), workDir)) {
            return a.audit(s);
        }
    }

    /** The pack, and the patched as when the suite can build it. */
    private List<String> routes() {
        List<String> out = new ArrayList<>();
        out.add(null);
        Path as = SharedBuild.patchedAsOrNull();
        if (as != null) {
            out.add(as.toString());
        }
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
    void thePatchedAsAddsNoPropertyNote() throws Exception {
        // a binutils built from source writes .note.gnu.property unless told not to; Debian's as does not
        Path as = SharedBuild.patchedAsOrNull();
        assumeTrue(as != null, "the patched binutils cannot be built here");
        InputResult r = audit(as.toString(), null, "note.s", ".text\nf:  cli\n    ret\n");
        assertEquals(List.of(), r.changed());
        assertEquals(1, r.caught());
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
