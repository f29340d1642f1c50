package org.previrt.binutils.gen;

import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Form;

/** One row of gas's previrt table: a form's encoding written as C initialisers. */
public record GasForm(Form form) {

    private Encoding e() {
        return form.encoding();
    }

    public String name() {
        return form.name();
    }

    public String kindHex() {
        return form.kindHex();
    }

    public int scratch() {
        return form.scratch();
    }

    public int padBefore() {
        return form.padBefore();
    }

    public int opcodeLength() {
        return e().opcode().bytes().size();
    }

    public String prefixC() {
        return e().prefix() == 0 ? "0" : String.format("0x%02x", e().prefix());
    }

    public String opsizeC() {
        return switch (e().opsize()) {
            case ANY -> "PREVIRT_OPSIZE_ANY";
            case SIZE16 -> "PREVIRT_OPSIZE_16";
            case SIZE32 -> "PREVIRT_OPSIZE_32";
        };
    }

    public String opcodeC() {
        return e().opcode().cBytes();
    }

    public String modC() {
        return "PREVIRT_MOD_" + e().mod().name();
    }

    /** The accepted ModRM reg values as a bit mask (0 without ModRM). */
    public String regMaskC() {
        return e().hasModrm() ? String.format("0x%02x", e().regField()) : "0";
    }

    public String modesC() {
        StringBuilder sb = new StringBuilder();
        for (int m : new java.util.TreeSet<>(e().modes())) {
            sb.append(sb.length() > 0 ? " | " : "").append("PREVIRT_MODE_").append(m);
        }
        return sb.toString();
    }

    /** Immediates as C: the bytes after ModRM (a far pointer {@code cp} follows the operand size). */
    public String immC() {
        int fixed = 0;
        boolean cp = false;
        for (String imm : e().opcode().immediates()) {
            if (imm.equals("cp")) {
                cp = true;
            } else {
                fixed += Encoding.immediateLength(imm, true);
            }
        }
        return fixed + ", " + (cp ? 1 : 0);
    }
}
