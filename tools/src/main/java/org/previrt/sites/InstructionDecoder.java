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
     * Whether a typed record's kind names the decoded form. Exactly the same kind: a record of pushf over
     * bytes that are pushf-16 in their mode is wrong, and a loader trusting it would emulate the wrong size.
     */
    public boolean kindNames(int kind, Form decoded) {
        return decoded.kind() == kind;
    }

    /** The form name of a kind id, or {@code kind 0x....} for an id the specs do not have. */
    public String kindName(int kind) {
        Form f = byKind.get(kind);
        return f != null ? f.name() : String.format("kind 0x%04x", kind);
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
