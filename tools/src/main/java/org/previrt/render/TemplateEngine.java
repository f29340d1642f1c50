package org.previrt.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/** FreeMarker configured strictly: template errors are thrown, never logged or printed into output. */
public final class TemplateEngine {
    private final Configuration cfg;
    private final Path dir;

    public TemplateEngine(Path templateDir) throws IOException {
        dir = templateDir;
        if (!java.nio.file.Files.isDirectory(templateDir)) {
            throw org.previrt.util.RegularFiles.refused(templateDir, "template folder not found");
        }
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setDirectoryForTemplateLoading(templateDir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLocale(java.util.Locale.ROOT);
        cfg.setNumberFormat("computer");
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
    }

    /** Renders a template to a string with LF line ends. */
    public String render(String template, Map<String, Object> model) throws IOException, TemplateException {
        // a FIFO or device named like a template would hang or never end
        try {
            org.previrt.util.RegularFiles.checkInput(dir.resolve(template), org.previrt.util.RegularFiles.MAX_TEXT_BYTES);
        } catch (java.nio.file.NoSuchFileException e) {
            throw org.previrt.util.RegularFiles.refused(Path.of("templates", template), "template not found");
        } catch (java.nio.file.FileSystemException e) {
            throw org.previrt.util.RegularFiles.refused(Path.of("templates", template), e.getReason());
        }
        Template t = cfg.getTemplate(template);
        StringWriter w = new StringWriter();
        t.process(model, w);
        return w.toString().replace("\r\n", "\n");
    }
}
