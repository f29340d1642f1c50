package org.previrt.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.previrt.model.Form;
import org.previrt.model.IsaSpec;
import org.previrt.model.Opcode;

/**
 * Matches the bytes at a site against the opcodes of the specs and computes the instruction length.
 * Only the sensitive forms of the specs are known; anything else is not a site's instruction.
 * <p>
 * ELF does not say whether code is 16- or 32-bit, so every match is tried in both modes; the caller picks
 * one with the typed record's kind and length, or by whether the rest of the site is valid padding.
 */
public final class InstructionDecoder {
    /** Longest legal x86 instruction; the decoder never needs more bytes. */
    public static final int MAX_LENGTH = 15;
    private static final Set<Integer> PREFIXES = Set.of(0x66, 0x67, 0xf2, 0xf3, 0xf0, 0x2e, 0x36, 0x3e, 0x26,
            0x64, 0x65);

    private final List<Form> forms;
    private final org.previrt.model.NopTable nops;

    public InstructionDecoder(IsaSpec spec) {
        this.forms = spec.forms();
        this.nops = spec.nops();
    }

    /** The padding patterns of the same specs. */
    public org.previrt.model.NopTable nops() {
        return nops;
    }

    /** Every form, in either mode, whose opcode the bytes start with. Lengths may exceed {@code code.length}. */
    public List<DecodedInstruction> candidates(byte[] code) {
        int p = 0;
        boolean has66 = false;
        boolean has67 = false;
        boolean hasF3 = false;
        while (p < code.length && p < MAX_LENGTH && PREFIXES.contains(code[p] & 0xff)) {
            has66 |= (code[p] & 0xff) == 0x66;
            has67 |= (code[p] & 0xff) == 0x67;
            hasF3 |= (code[p] & 0xff) == 0xf3;
            p++;
        }
        List<DecodedInstruction> out = new ArrayList<>();
        for (Form f : forms) {
            List<Integer> ob = f.opcode().bytes();
            int lead = ob.get(0);
            // a leading 66 or f3 in the spec is part of the opcode but sits among the prefixes
            boolean mandatory = (lead == 0x66 || lead == 0xf3) && ob.size() > 1;
            List<Integer> rest = mandatory ? ob.subList(1, ob.size()) : ob;
            if (!startsWith(code, p, rest)) {
                continue;
            }
            for (boolean code16 : new boolean[] {false, true}) {
                if (mandatory && lead == 0xf3 && !hasF3) {
                    continue;
                }
                if (mandatory && lead == 0x66 && !has66 && !code16) {
                    continue; // in 16-bit code the operand-size forms ("pushfw") carry no 66
                }
                boolean opsize32 = code16 == has66;
                boolean addr32 = code16 == has67;
                int len = length(code, p + rest.size(), f.opcode(), opsize32, addr32);
                if (len < 0) {
                    continue;
                }
                int score = 2 * (rest.size() + (mandatory && (lead == 0xf3 || has66) ? 1 : 0));
                if (f.opcode().modrmDigit() != null) {
                    score += 1; // a fixed byte ("0f 01 d1") beats a ModRM digit ("0f 01 /2")
                }
                out.add(new DecodedInstruction(f, code16, len, score));
            }
        }
        return out;
    }

    /**
     * Total length given the opcode ends before {@code at}; -1 when a ModRM digit does not match.
     * Without enough bytes to see the ModRM byte the length is taken as one past the available bytes.
     */
    private static int length(byte[] code, int at, Opcode op, boolean opsize32, boolean addr32) {
        int n = at;
        if (op.hasModrm()) {
            if (n >= code.length) {
                return code.length + 1;
            }
            int modrm = code[n] & 0xff;
            if (op.modrmDigit() != null && ((modrm >> 3) & 7) != op.modrmDigit()) {
                return -1;
            }
            n += modrmLength(code, n, addr32);
        }
        for (String imm : op.immediates()) {
            n += switch (imm) {
                case "ib" -> 1;
                case "iw" -> 2;
                case "id" -> 4;
                case "cp" -> opsize32 ? 6 : 4; // far pointer: offset of the operand size, then a selector
                default -> throw new IllegalStateException("unknown immediate " + imm);
            };
        }
        return n;
    }

    /** Bytes of ModRM, SIB and displacement starting at {@code at}. */
    private static int modrmLength(byte[] code, int at, boolean addr32) {
        int modrm = code[at] & 0xff;
        int mod = modrm >> 6;
        int rm = modrm & 7;
        if (mod == 3) {
            return 1;
        }
        if (!addr32) {
            return 1 + (mod == 1 ? 1 : mod == 2 ? 2 : rm == 6 ? 2 : 0);
        }
        int n = 1;
        if (rm == 4) {
            n++;
            if (mod == 0 && at + 1 < code.length && (code[at + 1] & 7) == 5) {
                n += 4; // SIB without base: disp32
            }
        } else if (mod == 0 && rm == 5) {
            n += 4;
        }
        return n + (mod == 1 ? 1 : mod == 2 ? 4 : 0);
    }

    private static boolean startsWith(byte[] code, int at, List<Integer> bytes) {
        if (at + bytes.size() > code.length) {
            return false;
        }
        for (int i = 0; i < bytes.size(); i++) {
            if ((code[at + i] & 0xff) != bytes.get(i)) {
                return false;
            }
        }
        return true;
    }
}
