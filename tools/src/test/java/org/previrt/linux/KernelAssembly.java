package org.previrt.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The assembly of a {@code -save-temps=obj} kernel build that went into {@code vmlinux}: for every object
 * of the thin archive {@code vmlinux.a} and of the libraries vmlinux links ({@code lib/lib.a},
 * {@code arch/x86/lib/lib.a}: all their members, linked or not), the {@code .s} gcc left beside it. The
 * 16-bit setup code (arch/x86/boot, arch/x86/realmode/rm) is not in these archives; a file that still
 * switches to {@code .code16} is set apart, because the audit decodes as 32-bit code.
 */
record KernelAssembly(List<Path> files, List<String> code16, List<String> withoutAssembly) {
    static final List<String> ARCHIVES = List.of("vmlinux.a", "lib/lib.a", "arch/x86/lib/lib.a");
    private static final Pattern CODE16 = Pattern.compile("(?im)^\\s*\\.code16");

    static KernelAssembly of(Path buildDir) throws IOException, InterruptedException {
        TreeSet<String> objects = new TreeSet<>();
        for (String a : ARCHIVES) {
            Path archive = buildDir.resolve(a);
            if (!Files.isRegularFile(archive)) {
                continue;
            }
            // run in the build folder on the archive's relative name: ar then names a thin archive's members
            // relative to that folder (given an absolute archive name, it prints absolute member names)
            for (String m : Tool.output(buildDir, List.of("ar", "t", a)).split("\n")) {
                if (!m.isBlank()) {
                    objects.add(Path.of(m.trim()).normalize().toString());
                }
            }
        }
        List<Path> files = new ArrayList<>();
        List<String> code16 = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String o : objects) {
            Path s = buildDir.resolve(o.replaceAll("\\.o$", ".s"));
            if (!o.endsWith(".o") || !Files.isRegularFile(s)) {
                without.add(o);
            } else if (CODE16.matcher(new String(Files.readAllBytes(s), StandardCharsets.ISO_8859_1)).find()) {
                code16.add(o);
            } else {
                files.add(s);
            }
        }
        return new KernelAssembly(List.copyOf(files), List.copyOf(code16), List.copyOf(without));
    }
}
