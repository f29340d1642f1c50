package org.previrt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.previrt.binutils.SharedBuild;

/** Every layout of {@link AuditLayoutTest}, assembled by the patched {@code as -mprevirt}. */
@Tag("binutils")
class AuditLayoutPatchedAsTest extends AuditLayoutTest {
    @Override
    List<String> routes() {
        Path as = SharedBuild.patchedAsOrNull();
        assumeTrue(as != null, "the patched binutils cannot be built here");
        return List.of(as.toString());
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
}
