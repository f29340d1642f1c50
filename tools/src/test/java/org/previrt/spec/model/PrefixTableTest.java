package org.previrt.spec.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.spec.Specs;
import org.previrt.testutil.Gas;

/**
 * isa-specs/vocabulary/prefixes.yaml against the real tools: every gas spelling assembles to its byte,
 * and objdump names every byte, put in front of an instruction it does not combine with, by one of the
 * table's objdump spellings.
 */
class PrefixTableTest {
    @TempDir
    Path tmp;

    @Test
    void gasAndObjdumpSpellTheBytesAsTheTableSays() throws Exception {
        PrefixTable t = Specs.load(TestRoot.real()).prefixes();
        assertEquals(11, t.prefixes().size(), "x86-32 has eleven legacy prefixes");
        StringBuilder src = new StringBuilder();
        StringBuilder bytes = new StringBuilder();
        List<String[]> expect = new java.util.ArrayList<>();
        for (PrefixTable.Prefix p : t.prefixes()) {
            for (String w : p.gas()) {
                src.append('\t').append(w).append('\n'); // a prefix alone is a statement gas accepts
                expect.add(new String[] {w, String.format("%02x", p.value())});
            }
            bytes.append(String.format(".byte 0x%02x, 0xfa\n", p.value())); // prefix + cli
        }
        Path obj = Gas.assemble(tmp, "words", src.toString(), null);
        String hex = Exec.run(null, Map.of(), null, List.of("objdump", "-s", "-j", ".text", obj.toString())).out();
        String got = hex.lines().filter(l -> l.matches(" [0-9a-f]{4} .*"))
                .map(l -> l.substring(6, Math.min(l.length(), 41)).replace(" ", "")).reduce("", String::concat);
        StringBuilder want = new StringBuilder();
        expect.forEach(e -> want.append(e[1]));
        assertEquals(want.toString(), got, "gas spellings, in table order");

        Path raw = Gas.assemble(tmp, "bytes", bytes.toString(), null);
        String dump = Exec.run(null, Map.of(), null, List.of("objdump", "-d", "--no-show-raw-insn", raw.toString())).out();
        List<String> lines = dump.lines().filter(l -> l.matches(" +[0-9a-f]+:\t.*")).map(l -> l.split("\t", 2)[1].trim())
                .toList();
        assertEquals(t.prefixes().size(), lines.size(), dump);
        for (int i = 0; i < lines.size(); i++) {
            PrefixTable.Prefix p = t.prefixes().get(i);
            String word = lines.get(i).split("\\s+")[0];
            assertTrue(p.objdump().contains(word) && lines.get(i).endsWith("cli"),
                    String.format("%02x cli: objdump prints '%s'", p.value(), lines.get(i)));
            assertTrue(t.is(p.value()));
        }
        assertTrue(!t.is(0x90) && !t.is(0x0f));
    }
}
