package org.previrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The main code's packages form one flow with no cycle: each package may use only packages listed
 * before it in {@link #LAYERS} (so nothing imports backwards, util and spec.model import nothing of
 * previrt but util, and nobody imports cli). Dependencies are read from the sources: imports and
 * fully qualified names in code (comments and string literals are ignored).
 */
class PackageCyclesTest {
    /** Flow order, relative to org.previrt; docs/contributing.md "Code layout" describes each. */
    static final List<String> LAYERS = List.of(
            "util",
            "spec.model", "spec.model.dispatch",
            "decode", // the validator rejects opcodes that start with a legacy prefix byte
            "spec.load", "spec.validate", "spec",
            "elf", "sites",
            "write",
            "binutils.gen", "binutils.tool",
            "vectors",
            "render",
            "audit",
            "cli");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package org\\.previrt\\.([a-z0-9.]+);");
    // a previrt package followed by a class name (or * in an import)
    private static final Pattern USE = Pattern.compile("\\borg\\.previrt\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.(?:[A-Z]|\\*)");

    @Test
    void mainPackagesHaveNoCycleAndFollowTheLayers() throws IOException {
        Map<String, Map<String, String>> deps = dependencies(TestRoot.real().resolve("tools/src/main/java"));
        assertTrue(deps.size() > 10, "found too few packages: " + deps.keySet());

        List<String> cycle = cycle(deps);
        if (cycle != null) {
            StringBuilder why = new StringBuilder("package cycle: " + String.join(" -> ", cycle));
            for (int i = 0; i + 1 < cycle.size(); i++) {
                why.append("\n  ").append(cycle.get(i)).append(" -> ").append(cycle.get(i + 1)).append(" in ")
                        .append(deps.get(cycle.get(i)).get(cycle.get(i + 1)));
            }
            fail(why.toString());
        }

        List<String> wrong = new ArrayList<>();
        for (var e : deps.entrySet()) {
            String from = e.getKey();
            if (!LAYERS.contains(from)) {
                wrong.add("org.previrt." + from + " is in no layer (add it to PackageCyclesTest.LAYERS and docs/contributing.md, \"Code layout\")");
                continue;
            }
            for (var d : e.getValue().entrySet()) {
                String to = d.getKey();
                if (LAYERS.contains(to) && LAYERS.indexOf(to) > LAYERS.indexOf(from)) {
                    wrong.add(from + " uses " + to + " (a later layer) in " + d.getValue());
                }
            }
        }
        assertEquals(List.of(), wrong, "imports against the flow " + LAYERS);
    }

    @Test
    void theCycleFinderFindsOne() {
        Map<String, Map<String, String>> g = new TreeMap<>();
        g.put("a", new TreeMap<>(Map.of("b", "A.java")));
        g.put("b", new TreeMap<>(Map.of("c", "B.java")));
        g.put("c", new TreeMap<>(Map.of("a", "C.java")));
        g.put("d", new TreeMap<>(Map.of("a", "D.java")));
        assertEquals(List.of("a", "b", "c", "a"), cycle(g));
        g.get("c").clear();
        assertEquals(null, cycle(g));
    }

    /** Package to (used package to the first file that uses it), for every main source file. */
    static Map<String, Map<String, String>> dependencies(Path src) throws IOException {
        Map<String, Map<String, String>> deps = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(src)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            Matcher pm = PACKAGE.matcher(text);
            if (!pm.find()) {
                continue;
            }
            String pkg = pm.group(1);
            Map<String, String> out = deps.computeIfAbsent(pkg, k -> new TreeMap<>());
            Matcher m = USE.matcher(code(text));
            while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                    out.putIfAbsent(m.group(1), src.relativize(f).toString());
                }
            }
        }
        return deps;
    }

    /** The source with comments, string/char literals and text blocks blanked out. */
    static String code(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("//", i)) {
                int e = s.indexOf('\n', i);
                i = e < 0 ? s.length() : e;
            } else if (s.startsWith("/*", i)) {
                int e = s.indexOf("*/", i + 2);
                i = e < 0 ? s.length() : e + 2;
                sb.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int e = s.indexOf("\"\"\"", i + 3);
                while (e > 0 && s.charAt(e - 1) == '\\') {
                    e = s.indexOf("\"\"\"", e + 1);
                }
                i = e < 0 ? s.length() : e + 3;
                sb.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char q = s.charAt(i++);
                while (i < s.length() && s.charAt(i) != q) {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                sb.append(q).append(q);
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    /** One dependency cycle as a path that starts and ends at the same package, or null if there is none. */
    static List<String> cycle(Map<String, Map<String, String>> deps) {
        Map<String, Integer> state = new TreeMap<>(); // absent: unvisited, 1: on the path, 2: done
        for (String start : new TreeSet<>(deps.keySet())) {
            List<String> c = visit(start, deps, state, new ArrayList<>());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static List<String> visit(String p, Map<String, Map<String, String>> deps, Map<String, Integer> state,
            List<String> path) {
        Integer st = state.get(p);
        if (st != null && st == 2) {
            return null;
        }
        if (st != null) {
            List<String> c = new ArrayList<>(path.subList(path.indexOf(p), path.size()));
            c.add(p);
            return c;
        }
        state.put(p, 1);
        path.add(p);
        for (String q : deps.getOrDefault(p, Map.of()).keySet()) {
            List<String> c = visit(q, deps, state, path);
            if (c != null) {
                return c;
            }
        }
        path.remove(path.size() - 1);
        state.put(p, 2);
        return null;
    }
}
