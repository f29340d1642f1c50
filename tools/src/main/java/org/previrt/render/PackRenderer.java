package org.previrt.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import freemarker.template.TemplateException;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.Privilege;
import org.previrt.spec.model.dispatch.DispatchPlan;
import org.previrt.spec.model.dispatch.DispatchPlanner;
import org.previrt.spec.model.dispatch.OperandSizing;
import org.previrt.util.Version;
import org.previrt.write.GeneratedFile;

/** Renders the macro packs and the C header of {@code generated/x86-32/}. */
public final class PackRenderer {
    public static final String DIR = "generated/x86-32/";

    private final TemplateEngine engine;

    public PackRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public static final String SKIPPED = "previrt-skipped.inc";

    private Generation generation;

    /** The generation id of the packs last rendered. */
    public Generation generation() {
        return generation;
    }

    public List<GeneratedFile> render(IsaSpec spec) throws IOException, TemplateException {
        DispatchPlan plan = new DispatchPlanner().plan(spec.sitesOnly());
        String plain = pack(spec, plan, "previrt.inc", false);
        String typed = pack(spec, plan, "previrt-typed.inc", true);
        generation = Generation.of(List.of(plain, typed));
        List<GeneratedFile> out = new ArrayList<>();
        out.add(GeneratedFile.text(DIR + "previrt.inc", generation.fill(plain)));
        out.add(GeneratedFile.text(DIR + "previrt-typed.inc", generation.fill(typed)));
        Map<String, Object> sk = base(spec, DIR + SKIPPED);
        sk.put("generation", generation.model());
        out.add(GeneratedFile.text(DIR + SKIPPED, engine.render("skipped.inc.ftl", sk)));
        Map<String, Object> m = base(spec, DIR + "previrt-sites.h");
        m.put("privileges", List.of(Privilege.values()));
        out.add(GeneratedFile.text(DIR + "previrt-sites.h", engine.render("sites.h.ftl", m)));
        return out;
    }

    /** A pack's text with the generation id's placeholders. */
    private String pack(IsaSpec spec, DispatchPlan plan, String name, boolean typed)
            throws IOException, TemplateException {
        Map<String, Object> m = base(spec, DIR + name);
        m.put("generation", Generation.placeholders());
        m.put("plan", plan);
        m.put("typed", typed);
        // spellings whose form depends on the operand size of the mode (pushf: pushf or pushf-16)
        m.put("sizing", new OperandSizing(spec.sitesOnly().forms()));
        m.put("opsizePrefixes", spec.prefixes().prefixes().stream()
                .filter(x -> x.role().equals("operand-size")).flatMap(x -> x.gas().stream()).toList());
        // prefix words that may stand on the same line as a sensitive instruction
        m.put("prefixes", spec.prefixes().gasSpellings());
        m.put("spellingVariants", spellingVariants(spec.sitesOnly()));
        // forms that gas may encode as a one-byte form that is not a site (int $3 -> int3)
        m.put("trapAliases", spec.sitesOnly().forms().stream()
                .filter(f -> f.opcode().text().equals("cd ib")
                        && spec.forms().stream().anyMatch(g -> !g.isSite() && g.opcode().text().equals("cc")))
                .toList());
        m.put("shadowForms", spec.sitesOnly().forms().stream().filter(f -> f.padBefore() > 0).toList());
        List<Map<String, String>> bits = new ArrayList<>();
        List<String> kinds = spec.operandKinds().textualKinds();
        for (int i = 0; i < kinds.size(); i++) {
            bits.add(Map.of("name", kinds.get(i), "mask", "0x" + Integer.toHexString(1 << i)));
        }
        m.put("kindBits", bits);
        String text = engine.render("pack.inc.ftl", m);
        // the pack starts with #NO_APP: gas reads it unscrubbed, where ';' would split comment lines
        if (text.indexOf(';') >= 0 || text.indexOf('\t') >= 0) {
            throw new IllegalStateException("templates/pack.inc.ftl produced a ';' or a tab in " + name);
        }
        return text;
    }

    private static Map<String, Object> base(IsaSpec spec, String output) {
        Map<String, Object> m = new HashMap<>();
        m.put("spec", spec);
        m.put("nops", spec.nops());
        m.put("output", output);
        m.put("version", Version.NUMBER);
        return m;
    }

    /** Lower and UPPER case spellings: symbols are case-sensitive though mnemonics are not. */
    private static List<String> spellingVariants(IsaSpec spec) {
        TreeSet<String> out = new TreeSet<>();
        for (String s : spec.formsBySpelling().keySet()) {
            out.add(s);
            out.add(s.toUpperCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }
}
