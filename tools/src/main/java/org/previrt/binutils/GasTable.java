package org.previrt.binutils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.previrt.model.Form;
import org.previrt.model.IsaSpec;
import org.previrt.model.OperandKind;

/**
 * Turns the spec's forms into gas's decode table. A leading {@code 66} is the operand-size prefix
 * when another form has the same opcode without it (pushf / pushf-16): the pair then splits on the
 * effective operand size; otherwise it is a mandatory prefix (invpcid), like a leading {@code f3}
 * (wbnoinvd). Rows are ordered most specific first so that {@code 0f 01 f9} (rdtscp) is tried before
 * {@code 0f 01 /7} (invlpg) and {@code f3 0f 09} before {@code 0f 09}.
 */
public final class GasTable {
    private static final Set<String> MEMORY_KINDS = Set.of("mem", "farmem");

    private GasTable() {
    }

    public static List<GasForm> build(IsaSpec spec) {
        List<Form> forms = spec.forms();
        List<GasForm> out = new ArrayList<>();
        for (Form f : forms) {
            List<Integer> bytes = opcodeBytes(f);
            int prefix = 0;
            GasForm.OpSize size = GasForm.OpSize.ANY;
            List<Integer> rest = bytes;
            if (bytes.size() > 1 && bytes.get(0) == 0x66) {
                Form sibling = sibling(forms, f, bytes.subList(1, bytes.size()));
                if (sibling != null) {
                    size = GasForm.OpSize.SIZE16;
                    if (sibling.scratch() != f.scratch()) {
                        throw new IllegalStateException("forms " + f.name() + " and " + sibling.name()
                                + " differ only in operand size but have different scratch sizes ("
                                + f.scratch() + ", " + sibling.scratch() + "); gas could not pad like the packs");
                    }
                } else {
                    prefix = 0x66;
                }
                rest = bytes.subList(1, bytes.size());
            } else if (bytes.size() > 1 && (bytes.get(0) == 0xf3 || bytes.get(0) == 0xf2)) {
                prefix = bytes.get(0);
                rest = bytes.subList(1, bytes.size());
            } else if (hasSixteenBitSibling(forms, f)) {
                size = GasForm.OpSize.DEFAULT;
            }
            int modrm = f.opcode().modrmReg() ? -1 : f.opcode().modrmDigit() != null ? f.opcode().modrmDigit() : -2;
            // mem/farmem without rm: ModRM mod 3 is another instruction (lds vs VEX c5, invlpg vs rdtscp)
            boolean memOnly = modrm != -2 && f.operands().stream().map(OperandKind::name)
                    .anyMatch(MEMORY_KINDS::contains)
                    && f.operands().stream().map(OperandKind::name).noneMatch(k -> k.equals("rm"));
            out.add(new GasForm(f, prefix, size, List.copyOf(rest), modrm, memOnly));
        }
        out.sort(Comparator.comparingInt(GasForm::specificity).reversed()
                .thenComparing(g -> g.modrm() == -1 ? 1 : 0));
        return out;
    }

    /** The opcode bytes of a form (immediates such as the far pointer {@code cp} are not bytes). */
    static List<Integer> opcodeBytes(Form f) {
        return f.opcode().bytes();
    }

    private static Form sibling(List<Form> forms, Form self, List<Integer> without66) {
        for (Form g : forms) {
            if (g != self && opcodeBytes(g).equals(without66)
                    && java.util.Objects.equals(g.opcode().modrmDigit(), self.opcode().modrmDigit())
                    && g.opcode().modrmReg() == self.opcode().modrmReg()) {
                return g;
            }
        }
        return null;
    }

    private static boolean hasSixteenBitSibling(List<Form> forms, Form self) {
        List<Integer> with66 = new ArrayList<>();
        with66.add(0x66);
        with66.addAll(opcodeBytes(self));
        for (Form g : forms) {
            if (g != self && opcodeBytes(g).equals(with66)
                    && java.util.Objects.equals(g.opcode().modrmDigit(), self.opcode().modrmDigit())
                    && g.opcode().modrmReg() == self.opcode().modrmReg()) {
                return true;
            }
        }
        return false;
    }
}
