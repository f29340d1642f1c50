package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.testutil.Cli;
import org.previrt.testutil.Gas;
import org.previrt.testutil.Patch;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SitesCommandTest {
    private static final String THREE = "cli\nsti\nmovl %eax,%cr3\n";

    @TempDir
    Path dir;

    private Path object(String pack) throws Exception {
        return Gas.assemble(dir, "t", THREE, pack);
    }

    @Test
    void printsATableAndASummary() throws Exception {
        Path obj = object(Gas.TYPED);
        Cli r = Cli.run("sites", obj.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("mov-to-creg"), r.out());
        assertTrue(r.out().contains("0f 22 d8"), r.out());
        assertTrue(r.out().contains("3 site(s) (interrupt-flag 2, special-mov 1); 42 padding byte(s); "),
                r.out());
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsJsonForObjectsAndExecutables() throws Exception {
        Path obj = object(Gas.TYPED);
        Path exe = Gas.link(dir, "t.exe", obj);
        Cli r = Cli.run("sites", "--json", obj.toString(), exe.toString());
        assertEquals(0, r.exit(), r.err());
        // YAML 1.2 reads JSON, so snakeyaml checks the syntax
        Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(r.out());
        List<Map<String, Object>> sites = (List<Map<String, Object>>) doc.get("sites");
        assertEquals(6, sites.size());
        Map<String, Object> first = sites.get(0);
        assertEquals(".text", first.get("section"));
        assertEquals("cli", first.get("form"));
        assertEquals("interrupt-flag", first.get("family"));
        assertEquals(0x101, first.get("kind"));
        assertEquals(8, first.get("length"));
        assertEquals("fa", first.get("instruction"));
        assertEquals("66 66 2e 0f 1f 40 00", first.get("padding"));
        assertEquals(7, first.get("paddingBytes"));
        assertEquals(1, first.get("executedNops"));
        assertEquals(null, first.get("address"));
        Map<String, Object> linked = sites.get(5);
        assertEquals(0x100020, linked.get("address"));
        assertEquals(exe.toString(), linked.get("file"));
        Map<String, Object> summary = (Map<String, Object>) doc.get("summary");
        assertEquals(6, summary.get("sites"));
        assertEquals(Map.of("interrupt-flag", 4, "special-mov", 2), summary.get("perFamily"));
        assertEquals(84, summary.get("paddingBytes"));
    }

    @Test
    void fileWithoutSitesHasAnEmptyList() throws Exception {
        Path obj = Gas.assemble(dir, "none", "nop\n", Gas.TYPED);
        Cli r = Cli.run("sites", "--json", obj.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"sites\": [], \"summary\": {\"sites\": 0"), r.out());
    }

    @Test
    void badInputFilesExitWith2() throws Exception {
        Path obj = object(Gas.PLAIN);
        byte[] whole = Files.readAllBytes(obj);
        Path truncated = dir.resolve("truncated.o");
        Files.write(truncated, Arrays.copyOf(whole, 200));
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not an object file\n");
        Cli r = Cli.run("sites", truncated.toString(), text.toString(), dir.resolve("missing.o").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains(truncated + ": truncated file"), r.err());
        assertTrue(r.err().contains(text + ": not an ELF file"), r.err());
        assertTrue(r.err().contains("missing.o: no such file"), r.err());
        assertEquals(2, Cli.run("sites").exit());
    }

    private Cli expectBad(Path file, String... fragments) {
        Cli r = Cli.run("sites", file.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("", r.out());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in:\n" + r.err());
        }
        return r;
    }

    @Test
    void recordPointingOutsideItsSection() throws Exception {
        Path obj = object(Gas.PLAIN);
        Patch.u32(obj, ".afterburn", 12, 0x1000); // addend of record #1's end
        expectBad(obj, obj + ": .afterburn record #1 (.afterburn+0x8): ", "points outside section .text");
    }

    @Test
    void recordOutsideEverySectionOfAnExecutable() throws Exception {
        Path exe = Gas.link(dir, "t.exe", object(Gas.PLAIN));
        Patch.u32(exe, ".afterburn", 16, 0x500000);
        expectBad(exe, ".afterburn record #2", "start address 0x500000 is outside every allocated section");
    }

    @Test
    void typedRecordDisagreeingWithPlainOne() throws Exception {
        Path obj = object(Gas.TYPED);
        Patch.u32(obj, ".afterburn.typed", 4, 3); // end of typed record #0
        expectBad(obj, ".afterburn.typed record #0", "typed record ends at +0x3");
    }

    @Test
    void overlappingRecords() throws Exception {
        Path obj = object(Gas.PLAIN);
        Patch.u32(obj, ".afterburn", 8, 4); // record #1 now starts inside record #0
        expectBad(obj, ".afterburn record #1", "overlaps .afterburn record #0");
    }

    @Test
    void paddingOverwrittenWithOtherBytes() throws Exception {
        Path obj = object(Gas.PLAIN);
        Patch.bytes(obj, ".text", 0x24, 0xc3, 0xc3); // inside the padding of movl %eax,%cr3 at 0x20
        expectBad(obj, ".afterburn record #2 (.afterburn+0x10)", "padding is not NOPs: byte 0x", "at .text+0x2");
    }

    @Test
    void siteShorterThanItsInstruction() throws Exception {
        Path obj = object(Gas.PLAIN);
        Patch.u32(obj, ".afterburn", 20, 0x22); // the mov to %cr3 at 0x20 is 3 bytes
        expectBad(obj, ".afterburn record #2", "is 2 bytes, shorter than its 3-byte mov-to-creg instruction");
    }

    @Test
    void siteWithoutASensitiveInstruction() throws Exception {
        Path obj = object(Gas.PLAIN);
        Patch.bytes(obj, ".text", 0, 0xc3);
        expectBad(obj, ".afterburn record #0", "bytes c3", "do not start a sensitive instruction");
    }

    @Test
    void truncatedRecordTable() throws Exception {
        // a hand-written table with a record cut short
        Path obj = Gas.assemble(dir, "cut", "0: cli\nnop\n1:\n.pushsection .afterburn\n.long 0b, 1b\n.short 0\n"
                + ".popsection\n", null);
        expectBad(obj, ".afterburn record #1", "truncated record");
    }
}
