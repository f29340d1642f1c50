package org.previrt.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import freemarker.template.TemplateException;
import org.previrt.load.SpecLoader;
import org.previrt.load.VocabularyLoader;
import org.previrt.model.NopTable;
import org.previrt.validate.NopTableValidator;
import org.previrt.validate.Problem;
import org.previrt.model.IsaSpec;
import org.previrt.validate.InvalidInputException;
import org.previrt.validate.SpecValidator;

/** load → validate → model → render, shared by every command that needs the specs or their outputs. */
public final class Pipeline {
    /** Folders whose whole content is rendered (stale files there are removed). */
    public static final List<String> MANAGED_DIRS = List.of("generated", "patches");

    private Pipeline() {
    }

    public static IsaSpec loadSpec(Path root) throws IOException, InvalidInputException {
        Path dir = root.resolve("isa-specs");
        SpecLoader.Result r = new SpecLoader().load(dir, root);
        VocabularyLoader.Result v = new VocabularyLoader().load(dir, "nops.yaml", root);
        // report every problem of one run together: YAML errors, the NOP table, the families that parsed
        List<Problem> all = new ArrayList<>(r.problems());
        all.addAll(v.problems());
        NopTable nops = null;
        if (v.document() != null) {
            try {
                nops = new NopTableValidator().validate(v.document());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
        }
        IsaSpec spec = null;
        try {
            spec = new SpecValidator().validate(r.documents(), nops);
        } catch (InvalidInputException e) {
            all.addAll(e.problems());
        }
        if (!all.isEmpty()) {
            throw new InvalidInputException(all);
        }
        return spec;
    }

    public static List<GeneratedFile> renderAll(Path root, IsaSpec spec) throws IOException, TemplateException {
        TemplateEngine engine = new TemplateEngine(root.resolve("templates"));
        List<GeneratedFile> out = new ArrayList<>(new PackRenderer(engine).render(spec));
        out.addAll(new WrapperRenderer(engine).render());
        out.addAll(new LdWrapperRenderer(engine).render());
        out.addAll(new PatchRenderer(engine, root).render(spec));
        out.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return out;
    }
}
