package org.previrt.render;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import freemarker.template.TemplateException;
import org.previrt.util.Version;
import org.previrt.write.GeneratedFile;

/** Renders {@code generated/x86-32/bin/as}, the assembler wrapper gcc finds under {@code -B}. */
public final class WrapperRenderer {
    public static final String PATH = PackRenderer.DIR + "bin/as";

    private final TemplateEngine engine;

    public WrapperRenderer(TemplateEngine engine) {
        this.engine = engine;
    }

    public List<GeneratedFile> render() throws IOException, TemplateException {
        Map<String, Object> m = new HashMap<>();
        m.put("output", PATH);
        m.put("version", Version.NUMBER);
        // pack names relative to the pack folder, the wrapper's parent
        m.put("packs", Map.of("afterburn", "previrt.inc", "typed", "previrt-typed.inc", "skipped", PackRenderer.SKIPPED));
        String text = engine.render("as-wrapper.sh.ftl", m);
        return List.of(new GeneratedFile(PATH, text.getBytes(java.nio.charset.StandardCharsets.UTF_8), true));
    }
}
