package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.List;

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
        List<Clash> out = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            for (int j = i + 1; j < forms.size(); j++) {
                String why = overlap(forms.get(i).encoding(), forms.get(j).encoding());
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
    private static String overlap(Encoding a, Encoding b) {
        if (a.modes().stream().noneMatch(b.modes()::contains) || a.prefix() != b.prefix()) {
            return null;
        }
        boolean size16 = a.opsize().accepts(true) && b.opsize().accepts(true);
        boolean size32 = a.opsize().accepts(false) && b.opsize().accepts(false);
        if (!size16 && !size32) {
            return null;
        }
        for (List<Integer> x : a.leadingBytes()) {
            for (List<Integer> y : b.leadingBytes()) {
                List<Integer> shorter = x.size() <= y.size() ? x : y;
                List<Integer> longer = shorter == x ? y : x;
                if (longer.subList(0, shorter.size()).equals(shorter)) {
                    StringBuilder sb = new StringBuilder();
                    for (int v : shorter) {
                        sb.append(sb.length() > 0 ? " " : "").append(String.format("%02x", v));
                    }
                    return sb.toString();
                }
            }
        }
        return null;
    }
}
