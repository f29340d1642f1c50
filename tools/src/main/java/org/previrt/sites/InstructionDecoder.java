package org.previrt.sites;

import java.util.ArrayList;
import java.util.List;

import org.previrt.decode.FormDecoder;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.NopTable;

/**
 * Reads a site's leading bytes with the specs' {@link FormDecoder}. ELF does not say whether code is
 * 16- or 32-bit, so every site is decoded in both modes; the caller picks one with the typed record's
 * kind and length, or by whether the rest of the site is valid padding.
 */
public final class InstructionDecoder {
    /** Longest legal x86 instruction; the decoder never needs more bytes. */
    public static final int MAX_LENGTH = FormDecoder.MAX_LENGTH;

    private final FormDecoder decoder;
    private final NopTable nops;
    private final org.previrt.spec.model.RecordLayouts records;
    private final java.util.Map<Integer, Form> byKind = new java.util.HashMap<>();

    public InstructionDecoder(IsaSpec spec) {
        this.decoder = new FormDecoder(spec.forms(), spec.prefixes());
        this.nops = spec.nops();
        this.records = spec.records();
        spec.forms().forEach(f -> byKind.put(f.kind(), f));
    }

    /**
     * Whether a typed record's kind names the decoded form: the same kind, or its operand-size sibling (a
     * pack types {@code lgdt} in .code16 as lgdt, whose operand size there is that of lgdt-16).
     */
    public boolean kindNames(int kind, Form decoded) {
        Form named = byKind.get(kind);
        return decoded.kind() == kind
                || named != null && named.encoding().operandSizeSibling(decoded.encoding());
    }

    /** The record tables of the same specs. */
    public org.previrt.spec.model.RecordLayouts records() {
        return records;
    }

    /** The padding patterns of the same specs. */
    public NopTable nops() {
        return nops;
    }

    /** The form the bytes start with in 32-bit code, then in 16-bit code (none, one or both). */
    public List<DecodedInstruction> candidates(byte[] code) {
        List<DecodedInstruction> out = new ArrayList<>();
        for (int mode : new int[] {32, 16}) {
            FormDecoder.Match m = decoder.decode(code, mode);
            if (m != null) {
                out.add(new DecodedInstruction(m.form(), mode == 16, m.length()));
            }
        }
        return out;
    }
}
