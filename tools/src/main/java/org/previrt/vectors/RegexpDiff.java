package org.previrt.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The gas testsuite's matching rules: each pattern line must match one whole output line. */
public final class RegexpDiff {
    private RegexpDiff() {
    }

    /** Null when the output matches; otherwise a message with a unified-style diff. */
    public static String compare(List<String> patterns, List<String> output) {
        List<String> pats = nonBlank(patterns);
        List<String> out = nonBlank(output);
        int p = 0;
        int o = 0;
        while (p < pats.size()) {
            String pat = pats.get(p);
            if (pat.equals("#pass")) {
                return null;
            }
            if (pat.equals("#...")) {
                if (p + 1 == pats.size()) {
                    return null;
                }
                String next = pats.get(p + 1);
                while (o < out.size() && !matches(strip(next), out.get(o))) {
                    o++;
                }
                p++;
                continue;
            }
            boolean optional = pat.startsWith("#?");
            String re = strip(pat);
            if (o < out.size() && matches(re, out.get(o))) {
                p++;
                o++;
            } else if (optional) {
                p++;
            } else {
                return diff(pats, out, p, o);
            }
        }
        if (o < out.size()) {
            return diff(pats, out, p, o);
        }
        return null;
    }

    private static String strip(String pat) {
        return pat.startsWith("#?") ? pat.substring(2) : pat;
    }

    private static boolean matches(String re, String line) {
        try {
            return Pattern.compile(re).matcher(line).matches();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static List<String> nonBlank(List<String> lines) {
        List<String> r = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                r.add(l);
            }
        }
        return r;
    }

    private static String diff(List<String> pats, List<String> out, int p, int o) {
        StringBuilder sb = new StringBuilder();
        sb.append("mismatch at expected line ").append(p + 1).append(", output line ").append(o + 1).append('\n');
        sb.append("--- expected (regex)\n+++ actual\n");
        int from = Math.max(0, Math.min(p, o) - 3);
        for (int i = from; i < Math.max(p, o) + 4; i++) {
            String e = i < pats.size() ? pats.get(i) : null;
            String a = i < out.size() ? out.get(i) : null;
            if (e != null && a != null && i < Math.min(p, o)) {
                sb.append("  ").append(a).append('\n');
                continue;
            }
            if (e != null) {
                sb.append("- ").append(e).append('\n');
            }
            if (a != null) {
                sb.append("+ ").append(a).append('\n');
            }
        }
        return sb.toString();
    }

    /** Quotes a dump line as a regex that matches exactly it (Java and Tcl agree on this escaping). */
    public static String quote(String line) {
        StringBuilder sb = new StringBuilder();
        for (char c : line.toCharArray()) {
            if ("\\[](){}.*+?^$|".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
