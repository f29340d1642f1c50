package org.previrt.spec.model;

import java.util.List;

/** One encoding form of a sensitive instruction: the unit the specs, vectors and records talk about. */
public record Form(
        String family,
        String name,
        int kind,
        List<String> spellings,
        List<OperandKind> operands,
        Encoding encoding,
        Privilege privilege,
        String reason,
        int scratch,
        boolean shadow,
        String notASite,
        String file,
        int line) {

    /** A C identifier for this form, e.g. {@code PREVIRT_KIND_MOV_TO_CREG}. */
    public String cName() {
        return "PREVIRT_KIND_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    /** Whether the form becomes a site by default; the spec's {@code not-a-site} says why not. */
    public boolean isSite() {
        return notASite == null;
    }

    /** The opcode notation (bytes, ModRM, immediates); the rest of the encoding is {@link #encoding()}. */
    public Opcode opcode() {
        return encoding.opcode();
    }

    /** Bytes of the form's shortest encoding in 32-bit code (see {@link Encoding#minLength()}). */
    public int minLength() {
        return encoding.minLength();
    }

    /**
     * NOP bytes a site puts in front of the instruction. Only forms with an interrupt shadow get them:
     * the CPU holds interrupts for exactly one instruction after these, so nothing may sit between them
     * and the next instruction. Fixed per form (the scratch size minus the shortest encoding) because
     * the padding has to be emitted before the instruction's length is known.
     */
    public int padBefore() {
        return shadow ? Math.max(0, scratch - minLength()) : 0;
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
