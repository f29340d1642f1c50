package org.previrt.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.Specs;
import org.previrt.util.ProcessRunner;

/**
 * Every form of {@code isa-specs/}, written many legal ways by {@link SpellingFuzz} (in .code32, then fewer in
 * .code16), assembled in one file by
 * stock {@code as --32} and with {@code previrt-typed.inc}: the pack must assemble it, every byte outside
 * sites must be stock gas's, every site must start with the stock instruction, each sensitive statement
 * must have a record of its form starting at the statement (its prefix included), and no ordinary
 * statement may get one.
 */
class SpellingFuzzTest {
    private static final long SEED = 8;
    private static final int PER_SPELLING = 12;
    private static final int PER_SPELLING_16 = 4;
    private static final Pattern LINE = Pattern.compile("^.*/fuzz\\.s:(\\d+): (Error|Warning): (.*)$");

    @TempDir
    Path dir;

    @Test
    void everyWrittenFormAssemblesLikeStockGasAndIsASite() throws Exception {
        IsaSpec spec = Specs.load(TestRoot.real());
        List<SpellingFuzz.Statement> all = new SpellingFuzz(spec, SEED).statements(PER_SPELLING, PER_SPELLING_16);

        // 1. what stock gas rejects is a generator slip (an operand size the form does not take): drop it
        Path src = dir.resolve("fuzz.s");
        Map<Integer, SpellingFuzz.Statement> byLine = write(src, all);
        ProcessRunner.Result stock = as(src, null, "stock0.o");
        Set<Integer> bad = new TreeSet<>();
        for (String l : stock.err().split("\n")) {
            Matcher m = LINE.matcher(l);
            if (m.matches() && m.group(2).equals("Error")) {
                bad.add(Integer.parseInt(m.group(1)));
            }
        }
        List<SpellingFuzz.Statement> kept = new ArrayList<>();
        for (Map.Entry<Integer, SpellingFuzz.Statement> e : byLine.entrySet()) {
            if (!bad.contains(e.getKey())) {
                kept.add(e.getValue());
            }
        }
        if (System.getenv("PREVIRT_FUZZ_SHOW_REJECTED") != null) {
            for (int l : bad) {
                System.out.println("rejected by stock gas: " + byLine.get(l).line());
            }
        }
        byLine = write(src, kept);
        stock = as(src, null, "stock.o");
        assertEquals(0, stock.exit(), "stock gas must take every kept statement:\n" + stock.err());

        // 2. the pack assembles the same file, with no diagnostic stock gas does not give
        ProcessRunner.Result pack = as(src, "previrt-typed.inc", "pack.o");
        if (pack.exit() != 0) {
            fail("the pack does not assemble what stock gas does:\n" + culprits(pack.err(), byLine));
        }
        assertEquals(diagnostics(stock.err()), diagnostics(pack.err()), "warnings differ from stock gas");

        // 3. bytes: outside sites stock's, each site starting with stock's instruction
        byte[] s = text(dir.resolve("stock.o"), "s.bin");
        byte[] p = text(dir.resolve("pack.o"), "p.bin");
        List<SiteRecord> sites = SiteRecord.read(dir.resolve("pack.o"), ".text", org.previrt.spec.Specs.load(TestRoot.real()).records().typed());
        assertNull(SiteRecord.compare(s, p, sites, org.previrt.spec.Specs.load(TestRoot.real()).nops()));

        // 4. one record per sensitive statement, at its marker, of its form; none at ordinary ones
        Map<String, Integer> marks = markers(dir.resolve("pack.o"));
        Map<Integer, SiteRecord> byStart = new HashMap<>();
        for (SiteRecord r : sites) {
            byStart.put(r.start(), r);
        }
        List<String> problems = new ArrayList<>();
        Map<String, int[]> perForm = new TreeMap<>();
        int sensitive = 0;
        boolean code16 = false;
        org.previrt.decode.FormDecoder decoder = new org.previrt.decode.FormDecoder(spec.forms(), spec.prefixes());
        for (SpellingFuzz.Statement st : kept) {
            if (st.expect() == SpellingFuzz.Expect.DIRECTIVE) {
                code16 = st.text().equals(".code16");
                continue;
            }
            Integer at = marks.get(st.marker());
            if (at == null) {
                problems.add("no marker for: " + st.line());
                continue;
            }
            SiteRecord r = byStart.get(at);
            if (st.form() != null) {
                perForm.computeIfAbsent(st.form().name(), k -> new int[1])[0]++;
            }
            if (st.expect() == SpellingFuzz.Expect.NONE) {
                if (r != null) {
                    problems.add("ordinary statement became a site: " + st.line());
                }
                continue;
            }
            sensitive++;
            if (r == null) {
                problems.add("no site for " + st.form().name() + ": " + st.line());
            } else if (r.kind() != st.form().kind() && !(st.omitted() && sameSpelling(spec, st, r.kind()))
                    && !sizedAsEncoded(decoder, p, r, st.form(), code16)) {
                problems.add(String.format("kind 0x%04x instead of %s (0x%04x): %s", r.kind(), st.form().name(),
                        st.form().kind(), st.line()));
            }
        }
        assertEquals(List.of(), problems, problems.size() + " problems");
        assertEquals(sensitive, sites.size(), "records that no sensitive statement accounts for");

        // 5. coverage: every form is in, most written variants survive gas's own check
        for (Form f : spec.forms()) {
            int n = perForm.getOrDefault(f.name(), new int[1])[0];
            assertTrue(n >= PER_SPELLING / 2, f.name() + ": only " + n + " statements kept");
        }
        assertTrue(bad.size() * 5 < all.size(), bad.size() + " of " + all.size() + " statements rejected by stock gas");
        long directives = kept.stream().filter(x -> x.expect() == SpellingFuzz.Expect.DIRECTIVE).count();
        System.out.printf("spelling fuzz: %d forms, %d statements written (.code32 and .code16), %d kept (%d sensitive,"
                + " %d ordinary), %d rejected by stock gas%n", perForm.size(), all.size() - directives,
                kept.size() - directives, sensitive, kept.size() - directives - sensitive, bad.size());
    }

    /**
     * A spelling without a size suffix (pushf, lgdt, ljmp *mem) takes the operand size of the mode: the site
     * is then typed with the form's operand-size sibling, the form the bytes decode as in that mode.
     */
    private static boolean sizedAsEncoded(org.previrt.decode.FormDecoder decoder, byte[] code, SiteRecord r, Form form,
            boolean code16) {
        int at = r.start() + r.insnOff();
        org.previrt.decode.FormDecoder.Match m = decoder.decode(java.util.Arrays.copyOfRange(code, at, at + r.insnLen()),
                code16 ? 16 : 32);
        return m != null && m.form().kind() == r.kind() && m.length() == r.insnLen()
                && form.encoding().operandSizeSibling(m.form().encoding());
    }

    private static boolean sameSpelling(IsaSpec spec, SpellingFuzz.Statement st, int kind) {
        for (Form f : spec.forms()) {
            if (f.kind() == kind) {
                return f.spellings().stream().anyMatch(st.form().spellings()::contains);
            }
        }
        return false;
    }

    /** Writes the statements one per line; returns line number → statement. */
    private static Map<Integer, SpellingFuzz.Statement> write(Path src, List<SpellingFuzz.Statement> st)
            throws Exception {
        StringBuilder sb = new StringBuilder(SpellingFuzz.HEADER);
        int line = (int) SpellingFuzz.HEADER.chars().filter(c -> c == '\n').count();
        Map<Integer, SpellingFuzz.Statement> out = new TreeMap<>();
        for (SpellingFuzz.Statement s : st) {
            line++;
            out.put(line, s);
            sb.append(s.line()).append('\n');
        }
        Files.writeString(src, sb.toString(), StandardCharsets.UTF_8);
        return out;
    }

    private ProcessRunner.Result as(Path src, String pack, String obj) throws Exception {
        List<String> argv = new ArrayList<>(List.of("as", "--32"));
        if (pack != null) {
            argv.add(TestRoot.real().resolve("generated/x86-32").resolve(pack).toString());
        }
        argv.addAll(List.of(src.toString(), "-o", dir.resolve(obj).toString()));
        return ProcessRunner.run(argv);
    }

    /**
     * The statements behind the pack's errors: an error inside a macro names a pack line (under the
     * source's file name), then "macro invoked from here" once per nesting level, the user's line last.
     */
    private static String culprits(String err, Map<Integer, SpellingFuzz.Statement> byLine) {
        Pattern at = Pattern.compile("^.*/fuzz\\.s:(\\d+):\\s*(Error|Warning|Info): .*");
        Map<Integer, SpellingFuzz.Statement> out = new TreeMap<>();
        Integer last = null;
        for (String l : (err + "\n/fuzz.s:0: Error: end").split("\n")) {
            Matcher m = at.matcher(l);
            if (!m.matches()) {
                continue;
            }
            if (!m.group(2).equals("Info")) {
                if (last != null && byLine.containsKey(last)) {
                    SpellingFuzz.Statement st = byLine.get(last);
                    out.put(st.id(), st);
                }
                last = Integer.parseInt(m.group(1));
            } else {
                last = Integer.parseInt(m.group(1));
            }
        }
        // per form: how many, and the first one
        Map<String, List<String>> perForm = new TreeMap<>();
        for (SpellingFuzz.Statement st : out.values()) {
            perForm.computeIfAbsent(st.form() == null ? "(ordinary)" : st.form().name(), k -> new ArrayList<>())
                    .add(st.line().trim());
        }
        StringBuilder sb = new StringBuilder(out.size() + " statements:\n");
        perForm.forEach((f, l) -> sb.append(String.format("  %-14s %3d  e.g. %s%n", f, l.size(), l.get(0))));
        sb.append("first diagnostics:\n");
        err.lines().limit(4).forEach(l -> sb.append("  ").append(l).append('\n'));
        return sb.toString();
    }

    /** Diagnostic messages without the file:line part, which names a pack line inside a macro. */
    private static List<String> diagnostics(String err) {
        List<String> out = new ArrayList<>();
        for (String l : err.split("\n")) {
            int i = l.indexOf("Warning:");
            if (i < 0) {
                i = l.indexOf("Error:");
            }
            if (i >= 0) {
                out.add(l.substring(i));
            }
        }
        return out;
    }

    private byte[] text(Path obj, String name) throws Exception {
        Path bin = dir.resolve(name);
        ProcessRunner.Result r = ProcessRunner.run(List.of("objcopy", "-O", "binary", "--only-section=.text", obj.toString(),
                bin.toString()));
        assertEquals(0, r.exit(), r.err());
        return Files.readAllBytes(bin);
    }

    /** Offsets of the F<n> marker labels in .text. */
    private static Map<String, Integer> markers(Path obj) throws Exception {
        Map<String, Integer> out = new HashMap<>();
        for (String l : ProcessRunner.run(List.of("nm", "--defined-only", obj.toString())).out().split("\n")) {
            String[] w = l.trim().split("\\s+");
            if (w.length == 3 && w[1].equals("t") && w[2].matches("F\\d+")) {
                out.put(w[2], Integer.parseInt(w[0], 16));
            }
        }
        return out;
    }
}
