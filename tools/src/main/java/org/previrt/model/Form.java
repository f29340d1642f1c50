package org.previrt.model;

import java.util.List;

/** One encoding form of a sensitive instruction: the unit the specs, vectors and records talk about. */
public record Form(
        String family,
        String name,
        int kind,
        List<String> spellings,
        List<OperandKind> operands,
        Opcode opcode,
        Privilege privilege,
        String reason,
        int scratch,
        String file,
        int line) {

    /** A C identifier for this form, e.g. {@code PREVIRT_KIND_MOV_TO_CREG}. */
    public String cName() {
        return "PREVIRT_KIND_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    public String kindHex() {
        return String.format("0x%04x", kind);
    }

    public String operandText() {
        if (operands.isEmpty()) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        for (OperandKind k : operands) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(k);
        }
        return sb.toString();
    }
}
