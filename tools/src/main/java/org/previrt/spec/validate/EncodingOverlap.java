package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Family;
import org.previrt.spec.model.Form;

/**
 * Finds pairs of forms that could both match the same bytes. Without such pairs every decoder may take
 * the first match, in any order, and gas's table, the Java decoder and the audit cannot disagree by
 * ordering. Two encodings clash when they share a mode, a mandatory prefix and an operand size, and one's
 * leading bytes (opcode, and one accepted ModRM byte) equal or begin the other's.
 */
final class EncodingOverlap {

    record Clash(Form form, String message) {
    }

    private EncodingOverlap() {
    }

    static List<Clash> clashes(List<Family> families) {
        List<Form> forms = new ArrayList<>();
        families.forEach(f -> forms.addAll(f.forms()));
        // each form's byte strings once: a ModRM "any" form has up to 256 of them
        List<Set<List<Integer>>> bytes = new ArrayList<>();
        forms.forEach(f -> bytes.add(new HashSet<>(f.encoding().leadingBytes())));
        List<Clash> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String why = overlap(forms.get(i).encoding(), bytes.get(i), forms.get(j).encoding(), bytes.get(j));
                if (why != null) {
                    Form a = forms.get(i);
                    Form b = forms.get(j);
                    out.add(new Clash(b, "form '" + b.name() + "' and form '" + a.name() + "' at " + a.file() + ":"
                            + a.line() + " both match " + why + " (set opsize, prefix, mod or reg-field apart)"));
                }
            }
        }
        return out;
    }

    /** The shared bytes as hex when the two can match the same instruction, else null. */
    private static String overlap(Encoding a, Set<List<Integer>> aBytes, Encoding b, Set<List<Integer>> bBytes) {
        if (a.modes().stream().noneMatch(b.modes()::contains) || a.prefix() != b.prefix()) {
            return null;
        }
        boolean size16 = a.opsize().accepts(true) && b.opsize().accepts(true);
        boolean size32 = a.opsize().accepts(false) && b.opsize().accepts(false);
        if (!size16 && !size32) {
            return null;
        }
        List<Integer> shared = beginsAnother(aBytes, bBytes);
        if (shared == null) {
            shared = beginsAnother(bBytes, aBytes);
        }
        if (shared == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int v : shared) {
            sb.append(sb.length() > 0 ? " " : "").append(String.format("%02x", v));
        }
        return sb.toString();
    }

    /** A string of {@code shorter} that equals or begins one of {@code longer}, smallest first; else null. */
    private static List<Integer> beginsAnother(Set<List<Integer>> shorter, Set<List<Integer>> longer) {
        List<Integer> found = null;
        for (List<Integer> y : longer) {
            for (int k = 1; k <= y.size(); k++) {
                List<Integer> head = y.subList(0, k);
                if (shorter.contains(head) && (found == null || compare(head, found) < 0)) {
                    found = List.copyOf(head);
                }
            }
        }
        return found;
    }

    private static int compare(List<Integer> x, List<Integer> y) {
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return Integer.compare(x.get(i), y.get(i));
            }
        }
        return Integer.compare(x.size(), y.size());
    }
}
