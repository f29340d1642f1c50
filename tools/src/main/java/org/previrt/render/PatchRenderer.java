package org.previrt.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import freemarker.template.TemplateException;
import org.previrt.binutils.gen.GasTable;
import org.previrt.binutils.gen.UnifiedDiff;
import org.previrt.binutils.gen.VersionData;
import org.previrt.spec.model.IsaSpec;
import org.previrt.util.Problem;
import org.previrt.util.RegularFiles;
import org.previrt.vectors.DumpSpec;
import org.previrt.vectors.VectorRecorder;
import org.previrt.util.Version;
import org.previrt.write.GeneratedFile;

/**
 * Renders {@code patches/binutils-<version>/} for every {@code templates/binutils/<version>.yaml}: a
 * git format-patch series that teaches gas {@code -mprevirt}. New files are rendered from templates;
 * the hooks into existing files are diffs built here from the version data's pristine context.
 */
public final class PatchRenderer {
    public static final String DIR = "patches/";
    public static final String TABLE = "gas/config/tc-i386-previrt.h";
    public static final String LOGIC = "gas/config/tc-i386-previrt.c";
    public static final String CLASSIFIER = "gas/config/tc-i386-previrt-classify.c";
    /** The C that is copied as it is (a plain file a compiler sees in previrt's tests too). */
    public static final String C_SOURCES = "templates/binutils/gas/";
    public static final String TESTSUITE = "gas/testsuite/gas/i386/";

    /** One patch of a series. */
    public record Patch(String id, int number, String fileName, List<String> diffs) {
    }

    private final TemplateEngine engine;
    private final Path root;

    public PatchRenderer(TemplateEngine engine, Path root) {
        this.engine = engine;
        this.root = root;
    }

    /**
     * Every version's series; {@code dumps} are the {@code test-vectors/*.d} files as this run records
     * them (patch 0003 copies them, so it never lags behind the goldens).
     */
    public List<GeneratedFile> render(IsaSpec spec, List<GeneratedFile> dumps, Generation gen)
            throws IOException, TemplateException {
        generation = gen;
        return render(spec, dumps);
    }

    public List<GeneratedFile> render(IsaSpec spec, List<GeneratedFile> dumps) throws IOException, TemplateException {
        List<GeneratedFile> out = new ArrayList<>();
        for (VersionData v : VersionData.loadAll(root)) {
            out.addAll(render(spec, v, dumps));
        }
        return out;
    }

    /** The series file and its patches for one version. */
    public List<GeneratedFile> render(IsaSpec spec, VersionData v, List<GeneratedFile> dumps)
            throws IOException, TemplateException {
        String dir = DIR + "binutils-" + v.version() + "/";
        Map<String, Object> base = new HashMap<>();
        base.put("version", Version.NUMBER);
        base.put("v", v);
        base.put("formCount", spec.forms().size());

        // 0001: the logic and classifier (plain C, copied) and the generated table
        List<String> d1 = List.of(
                UnifiedDiff.newFile(LOGIC, plainC("tc-i386-previrt.c")),
                UnifiedDiff.newFile(CLASSIFIER, plainC("tc-i386-previrt-classify.c")),
                UnifiedDiff.newFile(TABLE, header(spec)));

        // 0002 and 0003: hooks into existing files
        List<String> hookDiffs = new ArrayList<>();
        List<String> testDiffs = new ArrayList<>();
        for (VersionData.FileHooks f : v.files()) {
            List<UnifiedDiff.Insertion> ins = new ArrayList<>();
            for (VersionData.Hook h : f.hooks()) {
                Map<String, Object> hm = new HashMap<>(base);
                hm.put("hook", h.hook());
                ins.add(new UnifiedDiff.Insertion(h.after(), engine.render("binutils/hooks.ftl", hm)));
            }
            String diff = UnifiedDiff.insertions(f.path(), f.excerpt(), ins);
            (f.path().startsWith("gas/testsuite/") ? testDiffs : hookDiffs).add(diff);
        }

        // 0003: the golden vectors as gas dump tests
        int[] counts = new int[2];
        List<String> vectorDiffs = testsuite(base, counts, dumps);
        testDiffs.addAll(vectorDiffs);
        base.put("vectorCount", counts[0]);
        base.put("dumpCount", counts[1]);

        List<Patch> patches = List.of(
                new Patch("site-table", 1, "0001-gas-add-the-previrt-site-table.patch", d1),
                new Patch("hooks", 2, "0002-gas-hook-mprevirt-into-tc-i386.c.patch", hookDiffs),
                new Patch("testsuite", 3, "0003-gas-testsuite-previrt-golden-vectors.patch", testDiffs));
        List<GeneratedFile> out = new ArrayList<>();
        for (Patch p : patches) {
            Map<String, Object> pm = new HashMap<>(base);
            pm.put("p", p);
            pm.put("total", patches.size());
            out.add(GeneratedFile.text(dir + p.fileName(), engine.render("binutils/patch.ftl", pm)));
        }
        Map<String, Object> sm = new HashMap<>(base);
        sm.put("patches", patches);
        out.add(GeneratedFile.text(dir + "series", engine.render("binutils/series.ftl", sm)));
        return out;
    }

    /** The generated table {@code tc-i386-previrt.h}: the forms that are sites, the NOPs, the prefixes. */
    private Generation generation;

    public String header(IsaSpec spec) throws IOException, TemplateException {
        Map<String, Object> tm = new HashMap<>();
        tm.put("version", Version.NUMBER);
        tm.put("nops", spec.nops());
        tm.put("records", spec.records());
        if (generation == null) {
            PackRenderer packs = new PackRenderer(engine);
            packs.render(spec);
            generation = packs.generation();
        }
        // the same id as the packs: objects of either route link together
        tm.put("generation", generation.model());
        tm.put("forms", GasTable.build(spec.sitesOnly()));
        StringBuilder prefixes = new StringBuilder();
        for (int b : spec.prefixes().bytes()) {
            prefixes.append(prefixes.length() > 0 ? ", " : "").append(String.format("0x%02x", b));
        }
        tm.put("prefixes", prefixes.toString());
        return engine.render("binutils/gas/tc-i386-previrt.h.ftl", tm);
    }

    private String plainC(String name) throws IOException {
        return RegularFiles.readText(root.resolve(C_SOURCES + name), RegularFiles.MAX_TEXT_BYTES);
    }

    private List<String> testsuite(Map<String, Object> base, int[] counts, List<GeneratedFile> dumps)
            throws IOException, TemplateException {
        Path vectors = root.resolve(VectorRecorder.DIR);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(vectors)) {
            return out;
        }
        List<Path> sources;
        try (Stream<Path> s = Files.list(vectors)) {
            sources = s.sorted().filter(p -> p.toString().endsWith(".s")).toList();
        }
        for (Path src : sources) {
            String name = stem(src);
            String text = RegularFiles.readText(src, RegularFiles.MAX_TEXT_BYTES);
            Map<String, Object> m = new HashMap<>(base);
            m.put("name", name);
            m.put("offOn", text.contains("previrt_off") || text.contains("previrt_on"));
            m.put("body", text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            out.add(UnifiedDiff.newFile(TESTSUITE + "previrt-" + name + ".s",
                    engine.render("binutils/testsuite/source.s.ftl", m)));
            counts[0]++;
        }
        Map<String, String> deviations = deviations(root);
        for (GeneratedFile g : dumps) {
            Path d = root.resolve(g.path());
            List<Problem> problems = new ArrayList<>();
            DumpSpec spec = DumpSpec.parse(d, new String(g.bytes(), java.nio.charset.StandardCharsets.UTF_8), problems);
            if (!problems.isEmpty()) {
                Problem pr = problems.get(0);
                throw RegularFiles.refused(Path.of(pr.line() > 0 ? pr.file() + ":" + pr.line() : pr.file()), pr.message());
            }
            String pack = spec.options().getOrDefault("pack", "previrt.inc");
            String flags = pack.contains("typed") ? "-mprevirt=typed" : "-mprevirt";
            if (spec.options().getOrDefault("as", "").contains("PREVIRT_NOP1=1")) {
                flags += " -mprevirt-nop1"; // the pack option's gas counterpart
            }
            Map<String, Object> m = new HashMap<>(base);
            m.put("file", d.getFileName().toString());
            m.put("pack", pack);
            m.put("asFlags", flags);
            m.put("title", spec.name().replace(pack, flags));
            m.put("source", spec.source().getFileName().toString());
            List<String> tools = new ArrayList<>();
            for (String k : List.of("objdump", "readelf")) {
                if (spec.options().containsKey(k)) {
                    tools.add(k + ": " + spec.options().get(k));
                }
            }
            m.put("tools", tools);
            m.put("body", String.join("\n", spec.patterns()));
            String why = deviations.get(stem(d));
            if (why != null) {
                m.put("deviation", why);
            }
            out.add(UnifiedDiff.newFile(TESTSUITE + "previrt-" + stem(d) + ".d",
                    engine.render("binutils/testsuite/dump.d.ftl", m)));
            counts[1]++;
        }
        return out;
    }

    /** .d stem to reason, from templates/binutils/testsuite/deviations.yaml (empty if absent). */
    @SuppressWarnings("unchecked")
    public static Map<String, String> deviations(Path root) throws IOException {
        Path f = root.resolve("templates/binutils/testsuite/deviations.yaml");
        Map<String, String> out = new java.util.TreeMap<>();
        if (Files.exists(f)) {
            Object doc;
            try {
                doc = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                        .loadFromString(RegularFiles.readText(f, RegularFiles.MAX_TEXT_BYTES));
            } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
                int line = e.getProblemMark().map(mk -> mk.getLine() + 1).orElse(0);
                throw RegularFiles.refused(Path.of(f + ":" + line), "YAML error: " + e.getProblem());
            } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException | StackOverflowError e) {
                throw RegularFiles.refused(f, "YAML error (or nesting too deep)");
            }
            if (doc instanceof Map<?, ?> m) {
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.put(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
                }
            }
        }
        return out;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }
}
