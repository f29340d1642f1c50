package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;

class GenerateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path root, String... args) {
        out.reset();
        err.reset();
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
    }

    @Test
    void checkedInOutputsMatchTheSpecs() {
        // the same drift check CI runs: generated/ must be what the specs and templates render
        assertEquals(0, run(TestRoot.real(), "generate", "--check"), err.toString());
    }

    @Test
    void checkNamesEachDifferingFileAndWritesNothing(@TempDir Path tmp) throws Exception {
        Path root = TestRoot.copy(tmp);
        Path pack = root.resolve("generated/x86-32/previrt.inc");
        Files.writeString(pack, "edited by hand\n");
        Files.writeString(root.resolve("generated/x86-32/stale.inc"), "old\n");
        Files.delete(root.resolve("generated/x86-32/previrt-sites.h"));
        assertEquals(1, run(root, "generate", "--check"));
        String e = err.toString();
        assertTrue(e.contains("generated/x86-32/previrt.inc: differs"), e);
        assertTrue(e.contains("generated/x86-32/stale.inc: stale"), e);
        assertTrue(e.contains("generated/x86-32/previrt-sites.h: missing"), e);
        assertEquals("edited by hand\n", Files.readString(pack));

        assertEquals(0, run(root, "generate"));
        assertFalse(Files.exists(root.resolve("generated/x86-32/stale.inc")));
        assertEquals(Files.readString(TestRoot.real().resolve("generated/x86-32/previrt.inc")), Files.readString(pack));
        assertEquals(0, run(root, "generate"));
        assertTrue(out.toString().contains("0 new, 0 changed, 0 removed, "), out.toString());
    }

    @Test
    void generatedFilesNameTheirTemplateAndHaveNoCarriageReturns() throws Exception {
        for (String f : new String[] {"previrt.inc", "previrt-typed.inc", "previrt-sites.h", "bin/as"}) {
            String text = Files.readString(TestRoot.real().resolve("generated/x86-32").resolve(f));
            assertTrue(text.contains("generated from templates/"), f);
            assertTrue(text.contains("do not edit"), f);
            assertFalse(text.contains("\r"), f);
        }
    }

    @Test
    void listShowsEveryFamily() {
        assertEquals(0, run(TestRoot.real(), "list"));
        for (String fam : new String[] {"interrupt-flag", "port-io", "special-mov", "far-transfer", "segment-stack"}) {
            assertTrue(out.toString().contains(fam), fam);
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run(TestRoot.real(), "nosuch"));
        assertEquals(2, run(TestRoot.real(), "generate", "--bogus"));
        assertEquals(2, run(TestRoot.real(), "generate", "extra"));
        assertEquals(0, run(TestRoot.real(), "--version"));
        assertEquals(0, run(TestRoot.real(), "generate", "--help"));
        assertTrue(out.toString().contains("--check"));
    }
}
