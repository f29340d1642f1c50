package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The operand kinds ({@code isa-specs/vocabulary/operands.yaml}) and, for the kinds the packs tell apart
 * by their text, the register spellings gas accepts.
 */
public record OperandVocabulary(List<Kind> kinds) {
    /** One kind; {@code registers} is empty for kinds that are not told apart by their text. */
    public record Kind(String name, String what, List<String> registers) {
    }

    public OperandVocabulary {
        kinds = List.copyOf(kinds);
    }

    public boolean known(String name) {
        return kinds.stream().anyMatch(k -> k.name().equals(name));
    }

    /** Every kind name, sorted. */
    public List<String> names() {
        return kinds.stream().map(Kind::name).sorted().toList();
    }

    /** True when operands of this kind can be told apart by their text. */
    public boolean isTextual(String kind) {
        return textual().containsKey(kind);
    }

    /** Every textual kind, sorted: the bit order of the pack's register masks. */
    public List<String> textualKinds() {
        return List.copyOf(textual().keySet());
    }

    /** The base (lower-case) spellings of a textual kind. */
    public List<String> spellings(String kind) {
        List<String> s = textual().get(kind);
        if (s == null) {
            throw new IllegalArgumentException("not a textual operand kind: " + kind);
        }
        return s;
    }

    private Map<String, List<String>> textual() {
        Map<String, List<String>> out = new TreeMap<>();
        for (Kind k : kinds) {
            if (!k.registers().isEmpty()) {
                out.put(k.name(), k.registers());
            }
        }
        return out;
    }

    /** Every letter-case variant of a spelling, sorted (gas accepts %CR3 and %Ds). */
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
