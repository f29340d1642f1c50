package org.previrt.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The warning lines of a build's logs (configuration and make), with the build's own folders masked. */
final class BuildWarnings {
    private BuildWarnings() {
    }

    /** Warning line -> count, over the given logs. */
    static Map<String, Integer> of(KernelBuild.Built b, Path sourceTree) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        for (Path log : List.of(b.configLog(), b.buildLog())) {
            for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                if (line.toLowerCase(Locale.ROOT).contains("warning")) {
                    String l = line.replace(b.dir().toString(), "<O>").replace(sourceTree.toString(), "<S>");
                    out.merge(l, 1, Integer::sum);
                }
            }
        }
        return out;
    }

    /** Lines of {@code build} beyond those of {@code stock}, as "count x line". */
    static List<String> newIn(Map<String, Integer> build, Map<String, Integer> stock) {
        List<String> out = new ArrayList<>();
        build.forEach((l, n) -> {
            int d = n - stock.getOrDefault(l, 0);
            if (d > 0) {
                out.add(d + "x " + l);
            }
        });
        return out;
    }
}
