package org.previrt.decode;

import java.util.List;

import org.previrt.spec.model.Encoding;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.Opcode;
import org.previrt.spec.model.PrefixTable;

/**
 * Decodes the bytes of one instruction against the forms' {@link Encoding}s: the one set of rules that
 * gas's C table ({@code tc-i386-previrt-classify.c}) implements too. The specs' validator guarantees
 * that no two forms with the same mandatory prefix accept the same bytes; forms with a mandatory prefix
 * are tried first, so that {@code f3 0f 09} is wbnoinvd and not wbinvd with a stray rep.
 * <ol>
 * <li>legacy prefixes are skipped; 0x66 toggles the operand size, 0x67 the address size, of the mode;</li>
 * <li>a form's mandatory prefix must be among them (and is then not an operand-size prefix);</li>
 * <li>the operand size must be the form's; the opcode bytes must follow;</li>
 * <li>the ModRM byte must have an accepted reg value and mod;</li>
 * <li>the length adds ModRM, SIB, displacement (by address size) and immediates.</li>
 * </ol>
 */
public final class FormDecoder {
    /** Longest legal x86 instruction. */
    public static final int MAX_LENGTH = 15;

    private final List<Form> forms;
    private final PrefixTable prefixes;
    private final int operandSize;
    private final int addressSize;
    private final int repne;
    private final int rep;

    public FormDecoder(List<Form> forms, PrefixTable prefixes) {
        this.prefixes = prefixes;
        this.operandSize = prefixes.byteOf("operand-size");
        this.addressSize = prefixes.byteOf("address-size");
        this.repne = prefixes.byteOf("repne");
        this.rep = prefixes.byteOf("rep");
        List<Form> sorted = new java.util.ArrayList<>(forms);
        sorted.sort(java.util.Comparator.comparingInt(f -> f.encoding().prefix() != 0 ? 0 : 1));
        this.forms = List.copyOf(sorted);
    }

    /** A form and the instruction's length; the length may exceed the bytes given when they end early. */
    public record Match(Form form, int length) {
    }

    /** The form the instruction at {@code code[0..]} has in code of {@code mode} bits (16 or 32), or null. */
    public Match decode(byte[] code, int mode) {
        int p = 0;
        boolean has66 = false;
        boolean has67 = false;
        boolean hasF2 = false;
        boolean hasF3 = false;
        while (p < code.length && p < MAX_LENGTH && prefixes.is(code[p])) {
            int b = code[p] & 0xff;
            has66 |= b == operandSize;
            has67 |= b == addressSize;
            hasF2 |= b == repne;
            hasF3 |= b == rep;
            p++;
        }
        boolean code16 = mode == 16;
        for (Form f : forms) {
            Encoding e = f.encoding();
            if (!e.modes().contains(mode)) {
                continue;
            }
            boolean mandatory66 = e.prefix() == operandSize;
            if ((mandatory66 && !has66) || (e.prefix() == rep && !hasF3) || (e.prefix() == repne && !hasF2)) {
                continue;
            }
            boolean size16 = (has66 && !mandatory66) != code16;
            if (!e.opsize().accepts(size16)) {
                continue;
            }
            int len = match(code, p, e, !size16, has67 == code16);
            if (len >= 0) {
                return new Match(f, len);
            }
        }
        return null;
    }

    /** Total length when the encoding matches at {@code at} (after the prefixes), else -1. */
    private static int match(byte[] code, int at, Encoding e, boolean opsize32, boolean addr32) {
        Opcode op = e.opcode();
        List<Integer> bytes = op.bytes();
        if (at + bytes.size() > code.length) {
            return -1;
        }
        for (int i = 0; i < bytes.size(); i++) {
            if ((code[at + i] & 0xff) != bytes.get(i)) {
                return -1;
            }
        }
        int n = at + bytes.size();
        if (e.hasModrm()) {
            if (n >= code.length) {
                return -1; // the ModRM byte decides, and it is not there
            }
            int modrm = code[n] & 0xff;
            if (!e.acceptsModrm(modrm)) {
                return -1;
            }
            n += e.mod() == Encoding.Mod.IGNORED ? 1 : modrmLength(code, n, addr32);
        }
        for (String imm : op.immediates()) {
            n += Encoding.immediateLength(imm, opsize32);
        }
        return n;
    }

    /** Bytes of ModRM, SIB and displacement starting at {@code at}. */
    static int modrmLength(byte[] code, int at, boolean addr32) {
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
}
