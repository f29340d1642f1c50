package org.previrt.spec.model;

import java.util.List;
import java.util.TreeSet;

/** The legacy prefixes ({@code isa-specs/vocabulary/prefixes.yaml}), in the file's order. */
public record PrefixTable(List<Prefix> prefixes) {
    /** The roles a prefix may have; the decoders act on operand-size, address-size, repne and rep. */
    public static final List<String> ROLES = List.of("segment", "operand-size", "address-size", "lock", "repne", "rep");

    /** One prefix byte, its role, and its spellings in gas source and in objdump output. */
    public record Prefix(int value, String role, List<String> gas, List<String> objdump) {
    }

    public PrefixTable {
        prefixes = List.copyOf(prefixes);
    }

    /** Whether {@code b} is a legacy prefix byte. */
    public boolean is(int b) {
        int v = b & 0xff;
        return prefixes.stream().anyMatch(p -> p.value() == v);
    }

    /** The byte of the prefix with {@code role} (not for "segment", which has six). */
    public int byteOf(String role) {
        List<Prefix> r = prefixes.stream().filter(p -> p.role().equals(role)).toList();
        if (r.size() != 1) {
            throw new IllegalArgumentException("no single prefix with role " + role);
        }
        return r.get(0).value();
    }

    public List<Integer> bytes() {
        return prefixes.stream().map(Prefix::value).toList();
    }

    /** The prefix words of gas source, sorted. */
    public List<String> gasSpellings() {
        TreeSet<String> out = new TreeSet<>();
        prefixes.forEach(p -> out.addAll(p.gas()));
        return List.copyOf(out);
    }

    /** The prefix words objdump prints, sorted. */
    public List<String> objdumpSpellings() {
        TreeSet<String> out = new TreeSet<>();
        prefixes.forEach(p -> out.addAll(p.objdump()));
        return List.copyOf(out);
    }
}
