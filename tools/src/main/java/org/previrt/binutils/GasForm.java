package org.previrt.binutils;

import java.util.List;

import org.previrt.model.Form;

/**
 * One row of gas's previrt table ({@code tc-i386-previrt.h}): how patched gas recognises a form
 * in the bytes it has just encoded.
 *
 * @param form     the spec form
 * @param prefix   a mandatory prefix byte (0x66, 0xf3) or 0
 * @param opsize   the effective operand size the form needs
 * @param opcode   opcode bytes after the legacy prefixes (a fixed ModRM byte such as {@code 0f 01 f9} included)
 * @param modrm    the ModRM reg field, -1 for {@code /r}, -2 without ModRM
 * @param memOnly  the ModRM byte must address memory (the form takes no register operand there)
 */
public record GasForm(Form form, int prefix, OpSize opsize, List<Integer> opcode, int modrm, boolean memOnly) {

    /** Operand-size requirement: any, 16-bit (the -16 forms), or not 16-bit (their 32-bit siblings). */
    public enum OpSize { ANY, SIZE16, DEFAULT }

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

    /** Literal bytes this row checks: the more, the earlier it is tried. */
    public int specificity() {
        return opcode.size() + (prefix != 0 ? 1 : 0);
    }

    public String prefixC() {
        return prefix == 0 ? "0" : String.format("0x%02x", prefix);
    }

    public String opsizeC() {
        return switch (opsize) {
            case ANY -> "PREVIRT_OPSIZE_ANY";
            case SIZE16 -> "PREVIRT_OPSIZE_16";
            case DEFAULT -> "PREVIRT_OPSIZE_DEFAULT";
        };
    }

    public String opcodeC() {
        StringBuilder sb = new StringBuilder();
        for (int b : opcode) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(String.format("0x%02x", b));
        }
        return sb.toString();
    }

    public String modrmC() {
        return switch (modrm) {
            case -2 -> "PREVIRT_MODRM_NONE";
            case -1 -> "PREVIRT_MODRM_ANY";
            default -> Integer.toString(modrm);
        };
    }
}
