package org.previrt.spec.model.dispatch;

import java.util.List;

import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.OperandKind;

/**
 * Which spellings take the operand size of the mode. gas encodes {@code pushf} with the operand size of the
 * code it is in ({@code 9c}: the form pushf in .code32, pushf-16 in .code16), and an operand-size prefix on
 * the same line ({@code data32 pushf}) toggles it; {@code pushfw} and {@code pushfl} say the size. A pack that
 * named the form by its spelling alone would type 16-bit code as 32-bit code, so for these spellings it asks
 * gas which mode it is in and picks the form of the size really encoded, as the patched as does from the bytes.
 */
public final class OperandSizing {
    /** The two forms a mode-sized spelling may assemble to. */
    public record Pair(Form size16, Form size32) {
        public Form getSize16() {
            return size16;
        }

        public Form getSize32() {
            return size32;
        }
    }

    private final List<Form> forms;

    public OperandSizing(List<Form> forms) {
        this.forms = List.copyOf(forms);
    }

    /**
     * The 16- and 32-bit forms {@code spelling} may assemble to when the dispatch picked {@code form}, or
     * null when the spelling fixes the form (a size suffix, a register operand of a size, no sibling).
     */
    public Pair of(String spelling, Form form) {
        Form sibling = sibling(form);
        if (sibling == null || sibling.spellings().contains(spelling) || explicit(spelling, form, sibling)) {
            return null;
        }
        return form.encoding().opsize() == Encoding.OperandSize.SIZE16 ? new Pair(form, sibling)
                : new Pair(sibling, form);
    }

    /** The form that is {@code form} at the other operand size, with the same operands, or null. */
    Form sibling(Form form) {
        for (Form o : forms) {
            if (o != form && o.family().equals(form.family()) && form.encoding().operandSizeSibling(o.encoding())
                    && sameOperands(form.operands(), o.operands())) {
                return o;
            }
        }
        return null;
    }

    /** Operands that differ at most in the size of an immediate (ljmp $sel,$off16 vs $sel,$off32). */
    private static boolean sameOperands(List<OperandKind> a, List<OperandKind> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            OperandKind x = a.get(i);
            OperandKind y = b.get(i);
            boolean imm = x.name().startsWith("imm") && y.name().startsWith("imm");
            if (!x.equals(y) && !(imm && x.optional() == y.optional())) {
                return false;
            }
        }
        return true;
    }

    /** {@code lgdtl}, {@code pushfw}: the form's size letter after a spelling of the pair. */
    private static boolean explicit(String spelling, Form form, Form sibling) {
        char letter = form.encoding().opsize() == Encoding.OperandSize.SIZE16 ? 'w' : 'l';
        if (spelling.length() < 2 || spelling.charAt(spelling.length() - 1) != letter) {
            return false;
        }
        String stem = spelling.substring(0, spelling.length() - 1);
        // the far aliases spell ljmp/lcall without the l: jmpw, calll
        for (String s : List.of(stem, "l" + stem)) {
            if (form.spellings().contains(s) || sibling.spellings().contains(s)) {
                return true;
            }
        }
        return false;
    }
}
