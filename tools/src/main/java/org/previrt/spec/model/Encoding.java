package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How one form is encoded, with every condition a decoder needs written out (the shape of XED's
 * {@code eosz16 MOD!=3} and LLVM's {@code OpSize16 MRMxm}), so that the Java decoder, gas's C table
 * and the checks read the same facts instead of guessing them from opcode bytes.
 *
 * @param prefix   a mandatory prefix byte (0x66, 0xf2, 0xf3) that is part of the opcode, or 0
 * @param opsize   the effective operand size the form needs
 * @param opcode   the opcode bytes after the legacy prefixes, ModRM notation and immediates
 * @param mod      what the ModRM mod field may be; {@link Mod#NONE} exactly when the opcode has no ModRM
 * @param regField the ModRM reg values the form accepts, a bit per value (0xff: all); for /digit just that digit
 * @param modes    the code sizes (16, 32) in which the form exists
 */
public record Encoding(int prefix, OperandSize opsize, Opcode opcode, Mod mod, int regField, Set<Integer> modes) {

    /** Operand-size condition: the operand-size prefix 0x66 selects 16 bits in 32-bit code and 32 bits in 16-bit code. */
    public enum OperandSize {
        ANY, SIZE16, SIZE32;

        public boolean accepts(boolean size16) {
            return this == ANY || (this == SIZE16) == size16;
        }

        public String spelling() {
            return switch (this) {
                case ANY -> "any";
                case SIZE16 -> "16";
                case SIZE32 -> "32";
            };
        }
    }

    /** The ModRM mod field. */
    public enum Mod {
        /** No ModRM byte. */
        NONE,
        /** mod 0..2: a memory operand (mod 3 is another instruction: lds vs VEX, invlpg vs rdtscp). */
        MEM,
        /** Any mod; ModRM, SIB and displacement follow the address size. */
        ANY,
        /** The CPU reads mod as 3 whatever it says (mov to and from control, debug, test registers): one byte. */
        IGNORED;

        public String spelling() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Mod parse(String text) {
            for (Mod m : values()) {
                if (m != NONE && m.spelling().equals(text)) {
                    return m;
                }
            }
            return null;
        }

        public boolean accepts(int modrm) {
            return switch (this) {
                case NONE -> false;
                case MEM -> (modrm >> 6) != 3;
                case ANY, IGNORED -> true;
            };
        }
    }

    /**
     * Whether the two encode the same instruction at another operand size (pushf / pushf-16): a pack
     * names the form by its spelling, and in .code16 the spelling's form has the other operand size.
     */
    public boolean operandSizeSibling(Encoding o) {
        return prefix == o.prefix && opsize != o.opsize && opsize != OperandSize.ANY && o.opsize != OperandSize.ANY
                && opcode.bytes().equals(o.opcode.bytes())
                && java.util.Objects.equals(opcode.modrmDigit(), o.opcode.modrmDigit())
                && opcode.modrmReg() == o.opcode.modrmReg() && mod == o.mod && regField == o.regField
                && modes.equals(o.modes);
    }

    /** Every reg value for {@code /r}. */
    public static final int ALL_REGS = 0xff;

    public boolean hasModrm() {
        return mod != Mod.NONE;
    }

    /** Whether a ModRM byte fits the form's reg and mod conditions. */
    public boolean acceptsModrm(int modrm) {
        return mod.accepts(modrm) && (regField & (1 << ((modrm >> 3) & 7))) != 0;
    }

    /**
     * Bytes of the shortest encoding in 32-bit code: mandatory prefix, an operand-size prefix for a
     * 16-bit form, opcode, ModRM, immediates. Displacements, other prefixes and SIB bytes only make it longer.
     */
    public int minLength() {
        int n = (prefix != 0 ? 1 : 0) + (opsize == OperandSize.SIZE16 ? 1 : 0) + opcode.bytes().size()
                + (hasModrm() ? 1 : 0);
        for (String imm : opcode.immediates()) {
            n += immediateLength(imm, opsize != OperandSize.SIZE16);
        }
        return n;
    }

    /** Length of one immediate; {@code cp} (a far pointer) is an offset of the operand size and a selector. */
    public static int immediateLength(String imm, boolean opsize32) {
        return switch (imm) {
            case "ib" -> 1;
            case "iw" -> 2;
            case "id" -> 4;
            case "cp" -> opsize32 ? 6 : 4;
            default -> throw new IllegalStateException("immediate " + imm);
        };
    }

    /**
     * The leading byte strings of the form, one per accepted ModRM byte (or one without ModRM): two
     * forms whose strings are equal or one a prefix of the other could both match the same bytes.
     */
    public List<List<Integer>> leadingBytes() {
        List<List<Integer>> out = new ArrayList<>();
        if (!hasModrm()) {
            out.add(opcode.bytes());
            return out;
        }
        for (int m = 0; m < 256; m++) {
            if (acceptsModrm(m)) {
                List<Integer> b = new ArrayList<>(opcode.bytes());
                b.add(m);
                out.add(b);
            }
        }
        return out;
    }

    /** The encoding in one line, as {@code list} shows it: {@code [f3] o16 0f 01 /2 mem}. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (prefix != 0) {
            sb.append(String.format("[%02x] ", prefix));
        }
        if (opsize != OperandSize.ANY) {
            sb.append("o").append(opsize.spelling()).append(' ');
        }
        sb.append(opcode.text());
        if (hasModrm() && mod != Mod.ANY) {
            sb.append(' ').append(mod.spelling());
        }
        if (opcode.modrmReg() && regField != ALL_REGS) {
            sb.append(" reg=").append(regList());
        }
        return sb.toString();
    }

    /** The accepted reg values, e.g. {@code 0,1,3,4,5}. */
    public String regList() {
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            if ((regField & (1 << r)) != 0) {
                sb.append(sb.length() > 0 ? "," : "").append(r);
            }
        }
        return sb.toString();
    }
}
