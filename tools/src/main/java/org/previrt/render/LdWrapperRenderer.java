package org.previrt.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.TemplateException;
import org.previrt.util.Version;
import org.previrt.write.GeneratedFile;

/**
 * Renders {@code generated/x86-32/bin/ld}, the linker wrapper for builds with their own linker scripts
 * (Linux: {@code LD=}), and the two linker scripts it adds: one for links with a script of their own,
 * one for partial links ({@code ld -r}) without one.
 */
public final class LdWrapperRenderer {
    public static final String PATH = PackRenderer.DIR + "bin/ld";
    public static final String FINAL = "previrt-final.lds";
    public static final String PARTIAL = "previrt-partial.lds";
    /** The name the records of a section carry between a partial and the final link. */
    static final String PARTIAL_PREFIX = ".comment.previrt";

    private final TemplateEngine engine;

    public LdWrapperRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    /** {@code sections}: the record sections of the packs and the patched as. */
    public List<GeneratedFile> render(List<String> sections, org.previrt.spec.model.RecordLayouts layouts, Generation gen)
            throws IOException, TemplateException {
        List<Map<String, String>> records = sections.stream()
                .map(s -> Map.of("name", s, "partial", PARTIAL_PREFIX + s)).toList();
        String partialNames = String.join(", ", records.stream().map(r -> r.get("partial")).toList());

        Map<String, Object> m = new HashMap<>();
        m.put("version", Version.NUMBER);
        m.put("sections", String.join(", ", sections));
        m.put("partialSections", partialNames);
        m.put("final", FINAL);
        m.put("partial", PARTIAL);
        m.put("records", records);
        String gs = layouts.generation().section();
        m.put("generation", Map.of("section", gs, "partialSection", PARTIAL_PREFIX + gs, "dump", gen.dumpHex(),
                "text", gen.text(), "recordSize", Integer.toString(layouts.generation().size())));

        m.put("output", PATH);
        String wrapper = engine.render("ld-wrapper.sh.ftl", m);
        m.put("output", PackRenderer.DIR + FINAL);
        String fin = engine.render("afterburn-final.lds.ftl", m);
        m.put("output", PackRenderer.DIR + PARTIAL);
        String part = engine.render("afterburn-partial.lds.ftl", m);
        return List.of(new GeneratedFile(PATH, wrapper.getBytes(StandardCharsets.UTF_8), true),
                GeneratedFile.text(PackRenderer.DIR + FINAL, fin),
                GeneratedFile.text(PackRenderer.DIR + PARTIAL, part));
    }
}
