package org.previrt.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.spec.Specs;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.RecordLayouts;

/**
 * {@code generated/x86-32/previrt-sites.h} as a loader author uses it: it compiles warning-free as C99,
 * C11 and C++, and gcc's own {@code offsetof}/{@code sizeof} and kind values are what the specs say.
 */
class SitesHeaderTest {
    @TempDir
    Path tmp;

    @Test
    void compilesCleanlyAndMatchesTheRecordLayoutsAndKinds() throws Exception {
        Exec.assumeTool("gcc", "--version");
        IsaSpec spec = Specs.load(TestRoot.real());
        StringBuilder c = new StringBuilder("#include <stddef.h>\n#include <stdio.h>\n#include \"previrt-sites.h\"\n")
                .append("int main(void) {\n");
        StringBuilder want = new StringBuilder();
        for (Object[] t : new Object[][] {{"previrt_site", spec.records().afterburn()},
                {"previrt_typed_site", spec.records().typed()}}) {
            RecordLayouts.Layout l = (RecordLayouts.Layout) t[1];
            c.append(String.format("    printf(\"%s %%u\\n\", (unsigned) sizeof(struct %s));%n", t[0], t[0]));
            want.append(t[0]).append(' ').append(l.size()).append('\n');
            for (RecordLayouts.Field f : l.fields()) {
                c.append(String.format("    printf(\"%s.%s %%u %%u\\n\", (unsigned) offsetof(struct %s, %s),"
                        + " (unsigned) sizeof(((struct %s *) 0)->%s));%n", t[0], f.name(), t[0], f.name(), t[0], f.name()));
                want.append(t[0]).append('.').append(f.name()).append(' ').append(f.offset()).append(' ')
                        .append(f.bytes()).append('\n');
            }
        }
        for (Form f : spec.forms()) {
            c.append(String.format("    printf(\"%s %%u\\n\", (unsigned) %s);%n", f.cName(), f.cName()));
            want.append(f.cName()).append(' ').append(f.kind()).append('\n');
        }
        c.append("    printf(\"%s %s\\n\", PREVIRT_SECTION, PREVIRT_TYPED_SECTION);\n    return 0;\n}\n");
        want.append(spec.records().afterburn().section()).append(' ').append(spec.records().typed().section()).append('\n');
        Path src = tmp.resolve("loader.c");
        Files.writeString(src, c.toString());
        Path inc = TestRoot.real().resolve("generated/x86-32");
        for (List<String> lang : List.of(List.of("gcc", "-std=c99", "-pedantic"), List.of("gcc", "-std=c11"),
                List.of("g++", "-x", "c++", "-std=c++11"))) {
            if (lang.get(0).equals("g++") && Exec.run(null, Map.of(), null, List.of("sh", "-c", "command -v g++")).exit() != 0) {
                continue; // gcc without its C++ driver: C is what loaders mostly are
            }
            Path exe = tmp.resolve("loader-" + lang.get(lang.size() - 1).replace("-", "").replace("=", ""));
            List<String> argv = new java.util.ArrayList<>(lang);
            argv.addAll(List.of("-Wall", "-Wextra", "-Werror", "-I", inc.toString(), src.toString(), "-o", exe.toString()));
            Exec.Result cc = Exec.run(null, Map.of(), null, argv);
            assertEquals(0, cc.exit(), String.join(" ", lang) + ":\n" + cc.err());
            Exec.Result run = Exec.run(null, Map.of(), null, List.of(exe.toString()));
            assertEquals(want.toString(), run.out(), String.join(" ", lang));
        }
    }
}
