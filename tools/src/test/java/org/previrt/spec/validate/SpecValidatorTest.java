package org.previrt.spec.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.cli.Main;
import org.previrt.util.Problem;
import org.previrt.util.InvalidInputException;

/** Bad specs are refused with file:line messages, all of them in one run, and nothing is written. */
class SpecValidatorTest {

    private static final String GOOD = String.join("\n",
            "family: demo",
            "summary: demo family",
            "forms:",
            "  - form: demo-cli",
            "    kind: 0x7001",
            "    spellings: [cli]",
            "    operands: []",
            "    opcode: \"fa\"",
            "    privilege: privileged",
            "    reason: \"demo\"",
            "    scratch: 8",
            "    modes: [16, 32]",
            "");

    private record Run(int exit, String err, String packBefore, String packAfter) {
    }

    private Run generateWith(Path tmp, String fileName, String yaml) throws Exception {
        Path root = TestRoot.copy(tmp);
        Files.writeString(root.resolve("isa-specs").resolve(fileName), yaml);
        Path pack = root.resolve("generated/x86-32/previrt.inc");
        String before = Files.readString(pack);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"generate"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
        return new Run(exit, err.toString(StandardCharsets.UTF_8), before, Files.readString(pack));
    }

    private void assertRefused(Run r, String... expected) {
        assertEquals(2, r.exit(), r.err());
        assertEquals(r.packBefore(), r.packAfter(), "nothing may be written");
        for (String e : expected) {
            assertTrue(r.err().contains(e), "expected '" + e + "' in:\n" + r.err());
        }
        assertTrue(r.err().contains("nothing written"), r.err());
    }

    @Test
    void aValidNewFamilyIsAccepted(@TempDir Path tmp) throws Exception {
        // cli is already spelled by interrupt-flag.yaml, so use a fresh mnemonic
        Run r = generateWith(tmp, "demo.yaml", GOOD.replace("[cli]", "[ud2]").replace("\"fa\"", "\"0f 0b\""));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.packAfter().contains(".macro ud2 all:vararg"));
    }

    @Test
    void encodingKeysAreCheckedAndFormsMustNotOverlap(@TempDir Path tmp) throws Exception {
        // 0f 01 /1 with any mod would also be clac (0f 01 ca), monitor, mwait and stac; 66 belongs in opsize
        String yaml = GOOD.replace("[cli]", "[sidtx]").replace("\"fa\"", "\"0f 01 /1\"\n    mod: any")
                + GOOD.replace("demo-cli", "demo-two").replace("0x7001", "0x7002").replace("[cli]", "[pushfx]")
                        .replace("\"fa\"", "\"66 9c\"").replace("forms:\n", "").replace("family: demo\n", "")
                        .replace("summary: demo family\n", "");
        Run r = generateWith(tmp, "demo.yaml", yaml);
        assertRefused(r, "opcode starts with the prefix byte 66: write a mandatory prefix as prefix: \"66\"");
        Run overlap = generateWith(tmp.resolve("b"), "demo.yaml",
                GOOD.replace("[cli]", "[sidtx]").replace("\"fa\"", "\"0f 01 /1\"\n    mod: any"));
        assertRefused(overlap, "form 'clac' and form 'demo-cli' at isa-specs/demo.yaml:4 both match 0f 01 ca");
        Run noMod = generateWith(tmp.resolve("c"), "demo.yaml",
                GOOD.replace("[cli]", "[sidtx]").replace("\"fa\"", "\"0f 01 /1\""));
        assertRefused(noMod, "isa-specs/demo.yaml:8: missing key 'mod' (mem, any or ignored)");
    }

    @Test
    void yamlSyntaxErrorHasALine(@TempDir Path tmp) throws Exception {
        assertRefused(generateWith(tmp, "demo.yaml", GOOD + "  - form: [unclosed\n"),
                "isa-specs/demo.yaml:14: YAML error");
    }

    @Test
    void unknownMissingAndDuplicateKeys(@TempDir Path tmp) throws Exception {
        String yaml = GOOD.replace("    scratch: 8\n", "    scrath: 8\n    kind: 0x7002\n");
        assertRefused(generateWith(tmp, "demo.yaml", yaml),
                "isa-specs/demo.yaml:11: unknown key 'scrath'",
                "isa-specs/demo.yaml:12: duplicate key 'kind'",
                "isa-specs/demo.yaml:4: missing key 'scratch'");
    }

    @Test
    void duplicateSpellingAcrossFilesAndKindClash(@TempDir Path tmp) throws Exception {
        // cli with no operands is already form 'cli' in interrupt-flag.yaml, kind 0x0101 too
        assertRefused(generateWith(tmp, "demo.yaml", GOOD.replace("0x7001", "0x0101")),
                "isa-specs/interrupt-flag.yaml:6: kind id 0x0101 of form 'cli' clashes with form 'demo-cli'"
                        + " at isa-specs/demo.yaml:4",
                "isa-specs/interrupt-flag.yaml:6: spelling 'cli' with operands none is already form 'demo-cli'");
    }

    @Test
    void injectionMalformedOpcodeAndBadValuesAllReported(@TempDir Path tmp) throws Exception {
        String yaml = GOOD.replace("[cli]", "[\"cl;i\", \"x\\\"y\"]")
                .replace("\"fa\"", "\"fa /9 zz\"")
                .replace("privileged", "root")
                .replace("scratch: 8", "scratch: 999");
        assertRefused(generateWith(tmp, "demo.yaml", yaml),
                "isa-specs/demo.yaml:6: spelling 'cl;i' contains a character that would inject assembler syntax",
                "spelling 'x\"y' contains a character",
                "isa-specs/demo.yaml:8: malformed opcode 'fa /9 zz'",
                "isa-specs/demo.yaml:9: privilege must be",
                "isa-specs/demo.yaml:11: scratch must be a whole number from 1 to 64");
    }

    @Test
    void familyMustMatchFileAndProblemsOfSeveralFilesComeTogether(@TempDir Path tmp) throws Exception {
        Run r = generateWith(tmp, "demo.yaml", GOOD.replace("family: demo", "family: wrong")
                .replace("[cli]", "[ud2]").replace("0x7001", "0x7003"));
        assertEquals(2, r.exit());
        Files.writeString(tmp.resolve("isa-specs/other.yaml"), "family: other\nsummary: x\nforms: []\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new String[] {"generate"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8), tmp);
        r = new Run(2, err.toString(StandardCharsets.UTF_8), r.packBefore(),
                Files.readString(tmp.resolve("generated/x86-32/previrt.inc")));
        assertRefused(r, "isa-specs/demo.yaml:1: family 'wrong' must match the file name 'demo.yaml'",
                "isa-specs/other.yaml:3: forms must not be empty");
    }

    @Test
    void unknownOperandKind(@TempDir Path tmp) throws Exception {
        assertRefused(generateWith(tmp, "demo.yaml", GOOD.replace("operands: []", "operands: [xmm]")),
                "isa-specs/demo.yaml:7: unknown operand kind 'xmm'");
    }

    @Test
    void problemsAreSortedByFileAndLine() {
        InvalidInputException e = new InvalidInputException(List.of(
                new Problem("b.yaml", 1, "x"), new Problem("a.yaml", 9, "y"), new Problem("a.yaml", 2, "z")));
        assertEquals("a.yaml:2: z", e.problems().get(0).toString());
        assertEquals("b.yaml:1: x", e.problems().get(2).toString());
    }

    @Test
    void shadowAndNotASiteKeysAreChecked(@TempDir Path tmp) throws Exception {
        Run r = generateWith(tmp, "demo.yaml", GOOD.replace("scratch: 8", "scratch: 8\n    shadow: yes")
                .replace("spellings: [cli]", "spellings: [democli]"));
        assertRefused(r, "isa-specs/demo.yaml:12: shadow must be true or false, not 'yes'");
        r = generateWith(tmp.resolve("b"), "demo.yaml", GOOD.replace("scratch: 8",
                "scratch: 8\n    shadow: true\n    not-a-site: \"a trap\"").replace("spellings: [cli]", "spellings: [democli]"));
        assertRefused(r, "shadow means nothing there");
    }

    /** The NOP table: lengths in order, bytes of that length, both modes, the short jmp. */
    @Test
    void badNopTablesAreRefusedWithTheirLine(@TempDir Path tmp) throws Exception {
        String[][] cases = {
                {"{length: 2, bytes: \"66 90\",", "{length: 3, bytes: \"66 90\",", "expected length 2, not 3"},
                {"bytes: \"0f 1f 00\"", "bytes: \"0f 1f\"", "are 2 long, not 3"},
                {"bytes: \"90\"", "bytes: \"9G\"", "lower-case hex bytes"},
                {"modes: [16, 32]", "modes: [32]", "modes must be [16, 32]"},
                {"jump: \"eb\"", "jump: \"e9\"", "jump must be \"eb\""},
                {"modes: [16, 32]", "modes: [16, 32]\n  speed: fast", "unknown key 'speed' in nops"},
        };
        refusedWithItsLine(tmp, "isa-specs/vocabulary/nops.yaml", "isa-specs/vocabulary/nops\\.yaml:\\d+: .*", cases);
    }

    @Test
    void badPrefixTablesAreRefusedWithTheirLine(@TempDir Path tmp) throws Exception {
        String[][] cases = {
                {"{byte: \"2e\"", "{byte: \"26\"", "prefix 26 listed twice"},
                {"role: lock,", "role: locking,", "role 'locking' is none of"},
                {"role: repne,", "role: rep,", "exactly one prefix must have role rep"},
                {"gas: [fs]", "gas: [gs]", "'gs' already spells prefix"},
                {"{byte: \"67\"", "{byte: \"6G\"", "two lower-case hex digits"},
                {"objdump: [lock]}", "objdump: [lock], size: 1}", "unknown key 'size' in a prefix"},
        };
        refusedWithItsLine(tmp, "isa-specs/vocabulary/prefixes.yaml", "isa-specs/vocabulary/prefixes\\.yaml:\\d+: .*", cases);
    }

    @Test
    void badOperandVocabulariesAreRefusedWithTheirLine(@TempDir Path tmp) throws Exception {
        String[][] cases = {
                {"{kind: imm16,", "{kind: imm8,", "kind 'imm8' listed twice"},
                {"registers: [\"%ax\"]", "registers: [\"%AX\"]", "is not a word of the form"},
                {"{kind: mem, what: \"memory\"}", "{kind: mem}", "needs the key 'what'"},
                {"{kind: rm,", "{kind: RM,", "must be a lower-case word"},
                {"- {kind: srcstr,", "- {kind: srcstr2,", "unknown operand kind 'srcstr?'"},
        };
        refusedWithItsLine(tmp, "isa-specs/vocabulary/operands.yaml", "isa-specs/[a-z/-]+\\.yaml:\\d+: .*", cases);
    }

    @Test
    void badRecordLayoutsAreRefusedWithTheirLine(@TempDir Path tmp) throws Exception {
        String[][] cases = {
                {"{name: kind, bytes: 2,", "{name: kind, bytes: 3,", "bytes must be 1, 2 or 4"},
                {"{name: kind, bytes: 2,", "{name: kind, bytes: 1,", "does not fit the 1-byte kind field"},
                {"{name: insn_off, bytes: 1,", "{name: insn_off, bytes: 2,", "is not aligned to its 2 bytes"},
                {"{name: end, bytes: 4, what: \"address after the site's last byte\"}\n  typed:",
                        "{name: end, bytes: 2, what: \"x\"}\n  typed:", "an address with an R_386_32 relocation"},
                {"section: .afterburn.typed", "section: .afterburn", "need two sections"},
                {"- {name: insn_off,", "- {name: insn_offset,", "is not one of start, end, kind, insn_len, insn_off"},
        };
        refusedWithItsLine(tmp, "isa-specs/vocabulary/records.yaml", "isa-specs/[a-z/-]+\\.yaml:\\d+: .*", cases);
    }

    /**
     * Each case replaces text {@code c[0]} of the vocabulary file {@code file} in a copy of the project by
     * {@code c[1]}; generate must exit 2 with a {@code where:LINE:} message holding {@code c[2]} and write nothing.
     */
    private static void refusedWithItsLine(Path tmp, String file, String where, String[][] cases) throws Exception {
        int k = 0;
        for (String[] c : cases) {
            Path root = TestRoot.copy(tmp.resolve("c" + k++));
            Path table = root.resolve(file);
            String text = Files.readString(table);
            assertTrue(text.contains(c[0]), c[0]);
            Files.writeString(table, text.replaceFirst(java.util.regex.Pattern.quote(c[0]),
                    java.util.regex.Matcher.quoteReplacement(c[1])));
            Path pack = root.resolve("generated/x86-32/previrt.inc");
            String before = Files.readString(pack);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = Main.run(new String[] {"generate"}, new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), root);
            String e = err.toString(StandardCharsets.UTF_8);
            assertEquals(2, exit, e);
            assertTrue(e.matches("(?s)" + where + java.util.regex.Pattern.quote(c[2]) + ".*"), e);
            assertEquals(before, Files.readString(pack), "nothing may be written");
        }
    }
}
