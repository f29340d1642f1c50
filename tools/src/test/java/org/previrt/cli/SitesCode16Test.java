package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.testutil.Cli;
import org.previrt.testutil.Gas;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * {@code sites} in 16-bit code: the typed record's kind and length pick the mode of its site, {@code --code16}
 * names the mode of plain records, a recorded kind the bytes do not decode as in their mode is an error
 * naming the record, and a plain record the two modes read differently gets a note when nothing says which.
 * Objects are assembled by real gas with the packs from test-vectors/every-form-16.s (every form in .code16).
 */
class SitesCode16Test {
    @TempDir
    Path dir;

    private Path everyForm16(String pack) throws Exception {
        String src = Files.readString(TestRoot.real().resolve("test-vectors/every-form-16.s"));
        return Gas.assemble(dir, pack.contains("typed") ? "t" : "p", src, pack);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> sites(Cli r) {
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(r.out());
        return (List<Map<String, Object>>) doc.get("sites");
    }

    /** The same form and instruction bytes, site by site. */
    private static void assertSameReadings(List<Map<String, Object>> want, List<Map<String, Object>> got) {
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            assertEquals(want.get(i).get("form"), got.get(i).get("form"), got.get(i).toString());
            assertEquals(want.get(i).get("instruction"), got.get(i).get("instruction"), got.get(i).toString());
        }
    }

    @Test
    void typedRecordsSayTheModeAndAgreeWithTheBytesWithAndWithoutTheOption() throws Exception {
        Path typed = everyForm16(Gas.TYPED);
        Cli plainRun = Cli.run("sites", "--json", typed.toString());
        assertEquals(0, plainRun.exit(), plainRun.err());
        Cli named = Cli.run("sites", "--json", "--code16", ".text", typed.toString());
        assertEquals(0, named.exit(), named.err());
        List<Map<String, Object>> s = sites(named);
        assertTrue(s.size() > 250, "sites: " + s.size());
        for (Map<String, Object> site : s) {
            assertEquals(true, site.get("code16"), site.toString());
            assertEquals(site.get("kind"), site.get("recordedKind"), site.toString());
        }
        // without the option the typed records give every site the same reading (a form that is the same
        // in both modes, lldt %ax, is then reported as read as 32-bit code)
        assertSameReadings(s, sites(plainRun));
        assertFalse(plainRun.err().contains("note:"), plainRun.err());
    }

    @Test
    void plainRecordsReadWithTheOptionAsTheTypedPackRecorded() throws Exception {
        List<Map<String, Object>> typed = sites(Cli.run("sites", "--json", everyForm16(Gas.TYPED).toString()));
        Path plain = everyForm16(Gas.PLAIN);
        Cli named = Cli.run("sites", "--json", "--code16", ".text", plain.toString());
        assertEquals(0, named.exit(), named.err());
        assertSameReadings(typed, sites(named));
        assertFalse(named.err().contains("note:"), named.err());
    }

    @Test
    void plainRecordsWithoutTheOptionGetANoteOnStderr() throws Exception {
        Cli r = Cli.run("sites", everyForm16(Gas.PLAIN).toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().matches("(?s).*p\\.o: note: \\d+ plain record\\(s\\) read as 32-bit code would read as another"
                + " instruction in 16-bit code \\(first: \\.afterburn record #\\d+ .*: site at \\.text\\+0x[0-9a-f]+:"
                + " decodes as .* in 32-bit code but as .* in 16-bit code; read as 32-bit code\\);"
                + " name 16-bit code with --code16 SECTION\\[:START-END\\].*"), r.err());
    }

    @Test
    void aRecordedKindOfTheOtherModeIsAnErrorNamingTheRecord() throws Exception {
        // pushf assembled as 32-bit code is recorded pushf; the same byte 9c in 16-bit code is pushf-16
        Path o = Gas.assemble(dir, "w", "cli\npushf\n", Gas.TYPED);
        Cli r = Cli.run("sites", "--code16", ".text:8-16", o.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(o + ": .afterburn record #1 (.afterburn+0x8): site at .text+0x8:"
                + " recorded pushf, decodes as pushf-16 in 16-bit code (--code16)"), r.err());
        assertEquals("", r.out());
        Cli ok = Cli.run("sites", "--code16", ".text:16-32", o.toString());
        assertEquals(0, ok.exit(), ok.err());
    }

    @Test
    void aBadRangeIsAUsageError() throws Exception {
        Path o = Gas.assemble(dir, "b", "cli\n", Gas.TYPED);
        for (String bad : List.of(".text:8-4", ".text:", ".text:x-2", ":1-2")) {
            Cli r = Cli.run("sites", "--code16", bad, o.toString());
            assertEquals(2, r.exit(), bad + ": " + r.err());
            assertTrue(r.err().contains("--code16 " + bad + ":"), r.err());
            assertEquals("", r.out());
        }
    }
}
