package org.previrt.binutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.spec.model.Form;
import org.previrt.spec.Specs;
import org.previrt.binutils.gen.GasTable;
import org.previrt.binutils.tool.Tools;

/**
 * The proof: every test vector assembled by patched gas with -mprevirt[=typed] and by stock as with
 * the macro pack gives the same code bytes, the same NOP padding and the same records (contents and
 * R_386_32 relocations), site by site. Where the packs are known to fall short
 * (templates/binutils/testsuite/deviations.yaml) the deviations are listed exactly; anything else fails.
 */
@Tag("binutils")
class GasVectorEqualityTest {
    /** Deviations from the packs, per vector: every one a limit of the packs (see deviations.yaml). */
    static final Map<String, List<String>> EXPECTED = new TreeMap<>(Map.of(
            "prefix-statements", List.of("prefix outside 0x0c06 f36f", "prefix outside 0x0c01 f36c",
                    "prefix outside 0x0c05 f3666f", "prefix outside 0x0101 3efa", "prefix outside 0x0c03 f0f36d")));

    /** Every form in .code16: pack and patched as must type each site alike there too. */
    static final String EVERY_FORM_16 = "every-form-16";

    @TempDir
    static Path tmp;
    static SharedBuild.Built built;
    static Path stockAs;
    static Path packs;
    static Path offOn;
    static int counter;

    @BeforeAll
    static void build() throws Exception {
        built = SharedBuild.get();
        stockAs = Tools.which("as");
        packs = TestRoot.real().resolve("generated/x86-32");
        offOn = tmp.resolve("previrt-off-on.s");
        Files.writeString(offOn, ".macro previrt_off\n.previrt_off\n.endm\n.macro previrt_on\n.previrt_on\n.endm\n");
    }

    static List<Path> vectors() throws Exception {
        try (Stream<Path> s = Files.list(TestRoot.real().resolve("test-vectors"))) {
            return s.filter(p -> p.toString().endsWith(".s")).sorted().toList();
        }
    }

    static ElfObject stock(Path src, String pack, String... defsyms) throws Exception {
        List<String> argv = new ArrayList<>(List.of(stockAs.toString(), "--32"));
        for (String d : defsyms) {
            argv.addAll(List.of("--defsym", d));
        }
        argv.addAll(List.of(packs.resolve(pack).toString(), src.toString()));
        return assemble(argv);
    }

    static ElfObject gas(Path src, String... flags) throws Exception {
        List<String> argv = new ArrayList<>(List.of(built.as().toString(), "--32"));
        argv.addAll(List.of(flags));
        argv.addAll(List.of(offOn.toString(), src.toString()));
        return assemble(argv);
    }

    static ElfObject assemble(List<String> argv) throws Exception {
        Path o = tmp.resolve("o" + (counter++) + ".o");
        List<String> a = new ArrayList<>(argv);
        a.addAll(List.of("-o", o.toString()));
        Tools.run(a, null, null);
        return new ElfObject(o);
    }

    @Test
    void everyVectorFormByForm() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> deviations = new TreeMap<>();
        TreeSet<Integer> kindsIdentical = new TreeSet<>();
        TreeSet<Integer> kinds16 = new TreeSet<>();
        int sites = 0;
        int identicalVectors = 0;
        StringBuilder report = new StringBuilder();
        for (Path src : vectors()) {
            String name = src.getFileName().toString().replace(".s", "");
            for (String[] mode : new String[][] {
                    {"previrt.inc", "", "-mprevirt"},
                    {"previrt-typed.inc", "", "-mprevirt=typed"},
                    {"previrt-typed.inc", "PREVIRT_NOP1=1", "-mprevirt=typed", "-mprevirt-nop1"}}) {
                ElfObject p = mode[1].isEmpty() ? stock(src, mode[0]) : stock(src, mode[0], mode[1]);
                ElfObject g = gas(src, Arrays.copyOfRange(mode, 2, mode.length));
                String label = name + " [" + String.join(" ", Arrays.copyOfRange(mode, 2, mode.length)) + "]";
                List<String> diff = identical(p, g);
                boolean typed = mode[0].contains("typed");
                if (diff.isEmpty()) {
                    if (typed) {
                        for (ElfObject.Site s : g.typedSites()) {
                            kindsIdentical.add(s.kind());
                            if (name.equals(EVERY_FORM_16)) {
                                kinds16.add(s.kind());
                            }
                        }
                        sites += g.typedSites().size();
                    }
                    identicalVectors++;
                    continue;
                }
                if (!typed) {
                    // deviations are examined on the typed objects; here only their consistency matters
                    if (!EXPECTED.containsKey(name)) {
                        problems.add(label + ": " + diff);
                    }
                    continue;
                }
                List<String> dev = new ArrayList<>();
                sites += sitewise(p, g, dev, kindsIdentical, problems, label);
                List<String> before = deviations.putIfAbsent(name, dev);
                if (before != null && !before.equals(dev)) {
                    problems.add(label + ": deviations differ between padding styles: " + before + " vs " + dev);
                }
            }
        }
        report.append(String.format("gas -mprevirt vs stock as + pack: %d vectors x 3 modes, %d identical objects, "
                + "%d typed sites compared, %d kinds seen identical%n", vectors().size(), identicalVectors, sites,
                kindsIdentical.size()));
        deviations.forEach((k, v) -> report.append("  deviation ").append(k).append(": ").append(v).append('\n'));
        System.out.print(report);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // 16-bit code: every form of 16-bit code has a site in the vector whose typed records are identical
        List<String> missing16 = new ArrayList<>();
        for (Form f : Specs.load(TestRoot.real()).sitesOnly().forms()) {
            if (f.encoding().modes().contains(16) && !kinds16.contains(f.kind())) {
                missing16.add(f.name());
            }
        }
        assertTrue(missing16.isEmpty(), EVERY_FORM_16 + ": forms without an identical typed site in .code16: " + missing16);
        Map<String, List<String>> sorted = new TreeMap<>();
        deviations.forEach((k, v) -> sorted.put(k, v.stream().sorted().toList()));
        Map<String, List<String>> want = new TreeMap<>();
        EXPECTED.forEach((k, v) -> want.put(k, v.stream().sorted().toList()));
        assertEquals(want, sorted, report.toString());
    }

    /** Differences between two objects in code bytes, record bytes, relocations and record section headers. */
    static List<String> identical(ElfObject p, ElfObject g) throws Exception {
        List<String> out = new ArrayList<>();
        if (!p.codeSections().equals(g.codeSections())) {
            out.add("code sections " + p.codeSections() + " vs " + g.codeSections());
        }
        for (String s : p.codeSections()) {
            if (!Arrays.equals(p.bytes(s), g.bytes(s))) {
                out.add(s + " bytes");
            }
        }
        for (String s : List.of(".afterburn", ".afterburn.typed")) {
            if (!java.util.Objects.equals(p.sections.get(s), g.sections.get(s))) {
                out.add(s + " header " + p.sections.get(s) + " vs " + g.sections.get(s));
            }
            if (!Arrays.equals(p.bytes(s), g.bytes(s))) {
                out.add(s + " bytes");
            }
            if (!p.relocs(s).equals(g.relocs(s))) {
                out.add(s + " relocations");
            }
        }
        return out;
    }

    /**
     * Walks the code of both objects in step. Sites on both sides must hold the same bytes (instruction and
     * padding); a site only gas has must cover the pack's instruction bytes (the pack missed it); a kind
     * that differs is a deviation; any other difference is a problem. Returns the number of sites.
     */
    static int sitewise(ElfObject p, ElfObject g, List<String> dev, TreeSet<Integer> kinds, List<String> problems,
            String label) throws Exception {
        HexFormat hex = HexFormat.of();
        int n = 0;
        for (String sec : g.codeSections()) {
            byte[] pb = p.bytes(sec);
            byte[] gb = g.bytes(sec);
            Map<Long, ElfObject.Site> ps = new TreeMap<>();
            Map<Long, ElfObject.Site> gs = new TreeMap<>();
            p.typedSites().stream().filter(s -> s.section().equals(sec)).forEach(s -> ps.put(s.start(), s));
            g.typedSites().stream().filter(s -> s.section().equals(sec)).forEach(s -> gs.put(s.start(), s));
            int pi = 0;
            int gi = 0;
            while (pi < pb.length || gi < gb.length) {
                ElfObject.Site a = ps.get((long) pi);
                ElfObject.Site b = gs.get((long) gi);
                if (a != null && b != null) {
                    n++;
                    byte[] x = Arrays.copyOfRange(pb, (int) a.start(), (int) a.end());
                    byte[] y = Arrays.copyOfRange(gb, (int) b.start(), (int) b.end());
                    if (!Arrays.equals(x, y) || a.len() != b.len()) {
                        problems.add(label + ": site at " + sec + "+" + pi + " differs: " + hex.formatHex(x) + " vs "
                                + hex.formatHex(y));
                    }
                    if (a.kind() != b.kind()) {
                        dev.add(String.format("kind 0x%04x->0x%04x %s", a.kind(), b.kind(),
                                hex.formatHex(y, 0, b.len())));
                    } else {
                        kinds.add(a.kind());
                    }
                    pi = (int) a.end();
                    gi = (int) b.end();
                } else if (b != null && prefixBeforePackSite(ps, pb, gb, pi, gi, b) > 0) {
                    // a prefix statement (rep; outsl): gas starts the site at the prefix, the pack after it
                    int k = prefixBeforePackSite(ps, pb, gb, pi, gi, b);
                    ElfObject.Site a2 = ps.get((long) (pi + k));
                    n++;
                    if (a2.kind() != b.kind() || a2.len() != b.len() - k
                            || !Arrays.equals(gb, gi + k, gi + b.len(), pb, pi + k, pi + k + a2.len())) {
                        problems.add(label + ": prefixed site at " + sec + "+" + gi + " holds another instruction");
                        return n;
                    }
                    dev.add(String.format("prefix outside 0x%04x %s", b.kind(), hex.formatHex(gb, gi, gi + b.len())));
                    pi = (int) a2.end();
                    gi = (int) b.end();
                } else if (b != null) {
                    n++;
                    byte[] y = Arrays.copyOfRange(gb, gi, gi + b.len());
                    if (pi + b.len() > pb.length || !Arrays.equals(y, Arrays.copyOfRange(pb, pi, pi + b.len()))) {
                        problems.add(label + ": gas-only site at " + sec + "+" + gi + " does not cover pack bytes");
                        return n;
                    }
                    dev.add(String.format("missed 0x%04x %s", b.kind(), hex.formatHex(y)));
                    pi += b.len();
                    gi = (int) b.end();
                } else if (a != null) {
                    problems.add(label + ": gas has no site where the pack has one, " + sec + "+" + pi);
                    return n;
                } else if (pi < pb.length && gi < gb.length && pb[pi] == gb[gi]) {
                    pi++;
                    gi++;
                } else {
                    problems.add(label + ": code differs at " + sec + " pack+" + pi + " gas+" + gi);
                    return n;
                }
            }
        }
        return n;
    }

    /** k > 0 when gas's site at gi starts with k legacy prefix bytes the pack has just before its own site. */
    static int prefixBeforePackSite(Map<Long, ElfObject.Site> ps, byte[] pb, byte[] gb, int pi, int gi,
            ElfObject.Site b) {
        for (int k = 1; k < b.len() && pi + k < pb.length && gi + k < gb.length; k++) {
            int x = gb[gi + k - 1] & 0xff;
            boolean prefix = x == 0xf0 || x == 0xf2 || x == 0xf3 || x == 0x2e || x == 0x36 || x == 0x3e || x == 0x26
                    || x == 0x64 || x == 0x65 || x == 0x66 || x == 0x67;
            if (!prefix || pb[pi + k - 1] != gb[gi + k - 1]) {
                return 0;
            }
            if (ps.containsKey((long) (pi + k))) {
                return k;
            }
        }
        return 0;
    }

    @Test
    void everySiteFormIsInTheGasTableAndNoOther() throws Exception {
        org.previrt.spec.model.IsaSpec spec = Specs.load(TestRoot.real());
        List<Form> forms = spec.sitesOnly().forms();
        assertEquals(forms.size(), GasTable.build(spec.sitesOnly()).size());
        String table = Files.readString(built.src().resolve("gas/config/tc-i386-previrt.h"));
        for (Form f : spec.forms()) {
            assertEquals(f.isSite(), table.contains("\"" + f.name() + "\""), f.name());
        }
    }
}
