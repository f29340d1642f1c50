package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of operand spellings the macro pack can recognise textually. gas accepts register names in
 * any letter case, so every case variant of every spelling belongs to the class.
 */
public final class RegisterClass {
    private static final Map<String, List<String>> BASE = new TreeMap<>();

    static {
        // %cr8..%cr15: gas 2.40 --32 encodes them with a lock prefix (f0 0f 20/22), AMD's CR8 access
        BASE.put("creg", range("%cr", 0, 15));
        List<String> dreg = new ArrayList<>(range("%dr", 0, 7));
        dreg.addAll(range("%db", 0, 7));
        BASE.put("dreg", dreg);
        BASE.put("treg", range("%tr", 0, 7));
        BASE.put("sreg", List.of("%es", "%cs", "%ss", "%ds", "%fs", "%gs"));
        // "( %dx)": gas's input scrubber keeps a space after '(' (and drops the one before ')')
        BASE.put("dx", List.of("%dx", "(%dx)", "( %dx)"));
        for (String r : List.of("al", "ax", "eax", "ecx", "edx")) {
            BASE.put(r, List.of("%" + r));
        }
        for (String s : List.of("es", "cs", "ss", "ds", "fs", "gs")) {
            BASE.put("%" + s, List.of("%" + s));
        }
    }

    private RegisterClass() {
    }

    private static List<String> range(String prefix, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(prefix + i);
        }
        return out;
    }

    /** Every textual kind, sorted: the bit order of the pack's register masks. */
    public static List<String> kinds() {
        return List.copyOf(BASE.keySet());
    }

    /** True when operands of this kind can be told apart by their text. */
    public static boolean isTextual(String kind) {
        return BASE.containsKey(kind);
    }

    /** The base (lower-case) spellings of a textual kind. */
    public static List<String> spellings(String kind) {
        List<String> s = BASE.get(kind);
        if (s == null) {
            throw new IllegalArgumentException("not a textual operand kind: " + kind);
        }
        return s;
    }

    /** Every letter-case variant of a spelling, sorted. */
    public static List<String> caseVariants(String text) {
        List<String> out = new ArrayList<>();
        out.add("");
        for (char c : text.toCharArray()) {
            List<String> next = new ArrayList<>();
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String upper = String.valueOf(c).toUpperCase(Locale.ROOT);
            for (String prefix : out) {
                next.add(prefix + lower);
                if (!upper.equals(lower)) {
                    next.add(prefix + upper);
                }
            }
            out = next;
        }
        out.sort(null);
        return out;
    }
}
