package org.previrt.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import freemarker.template.TemplateException;
import org.previrt.binutils.gen.VersionData;
import org.previrt.spec.model.IsaSpec;
import org.previrt.util.IoErrors;
import org.previrt.util.PrevirtException;
import org.previrt.vectors.VectorRecorder;
import org.previrt.write.GeneratedFile;

/** model → every generated file, in memory; what {@code generate} writes (or compares with --check). */
public final class Outputs {
    /**
     * What generate owns: folders whose whole content is rendered, and {@code DIR/*.SUFFIX} for the files
     * of one kind in a folder (test-vectors: the .d files, not the .s sources). Stale files there are removed.
     */
    public static final List<String> MANAGED_DIRS = List.of("generated", "patches", VectorRecorder.DIR + "/*.d");

    private Outputs() {
    }

    /**
     * Every generated file, rendered in memory; template errors become {@code templates/NAME:LINE: message}
     * and missing version data an error (exit 2), before anything is written.
     */
    public static List<GeneratedFile> renderAll(Path root, IsaSpec spec) throws IOException, PrevirtException {
        checkVersionData(root);
        try {
            return render(root, spec);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() == null ? "templates"
                    : "templates/" + e.getTemplateSourceName() + (e.getLineNumber() == null ? "" : ":" + e.getLineNumber());
            throw new IoErrors.PathError(where + ": template error: " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            String where = "templates/" + e.getTemplateName() + ":" + e.getLineNumber();
            throw new IoErrors.PathError(where + ": template syntax error: " + firstLine(e.getEditorMessage()), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new IoErrors.PathError("templates/" + e.getTemplateName() + ": template not found", e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.strip().lines().findFirst().orElse("");
    }

    /**
     * Every series in patches/ must still have its version data: a missing
     * {@code templates/binutils/<version>.yaml} would otherwise remove the series as stale.
     */
    private static void checkVersionData(Path root) throws IOException, PrevirtException {
        Path patches = root.resolve(PatchRenderer.DIR);
        if (!java.nio.file.Files.isDirectory(patches)) {
            return;
        }
        List<String> have = VersionData.supported(root);
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(patches)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("binutils-") && !have.contains(n.substring("binutils-".length()))) {
                    throw new IoErrors.PathError(VersionData.DIR + "/" + n.substring("binutils-".length()) + ".yaml: "
                            + "missing: the version data of " + PatchRenderer.DIR + n + "; restore it (or remove "
                            + PatchRenderer.DIR + n + " by hand to drop that version); nothing written", null);
                }
            }
        }
    }

    private static List<GeneratedFile> render(Path root, IsaSpec spec)
            throws IOException, TemplateException, PrevirtException {
        TemplateEngine engine = new TemplateEngine(root.resolve("templates"));
        PackRenderer packs = new PackRenderer(engine);
        List<GeneratedFile> out = new ArrayList<>(packs.render(spec));
        out.addAll(new WrapperRenderer(engine).render());
        out.addAll(new LdWrapperRenderer(engine).render(spec.records().allSections(), spec.records(), packs.generation()));
        // the goldens from the packs just rendered, then the patch series that copies them: one run
        List<GeneratedFile> dumps = VectorRecorder.record(root, out);
        out.addAll(dumps);
        out.addAll(new PatchRenderer(engine, root).render(spec, dumps, packs.generation()));
        out.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return out;
    }
}
