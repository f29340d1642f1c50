package org.previrt.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import freemarker.template.TemplateException;
import org.previrt.load.SpecLoader;
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
        SpecLoader.Result r = new SpecLoader().load(root.resolve("isa-specs"), root);
        if (!r.problems().isEmpty()) {
            // report YAML errors together with the checks of the files that did parse
            List<org.previrt.validate.Problem> all = new ArrayList<>(r.problems());
            try {
                new SpecValidator().validate(r.documents());
            } catch (InvalidInputException e) {
                all.addAll(e.problems());
            }
            throw new InvalidInputException(all);
        }
        return new SpecValidator().validate(r.documents());
    }

    public static List<GeneratedFile> renderAll(Path root, IsaSpec spec) throws IOException, TemplateException {
        TemplateEngine engine = new TemplateEngine(root.resolve("templates"));
        List<GeneratedFile> out = new ArrayList<>(new PackRenderer(engine).render(spec));
        out.addAll(new WrapperRenderer(engine).render());
        out.addAll(new PatchRenderer(engine, root).render(spec));
        out.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return out;
    }
}
