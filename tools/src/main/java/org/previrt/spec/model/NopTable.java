package org.previrt.spec.model;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * The NOP instructions sites are padded with ({@code isa-specs/vocabulary/nops.yaml}) and the one rule
 * that turns a length into padding bytes. The packs and the patched as implement the same rule in
 * their own languages; tests compare their bytes with {@link #padding}.
 *
 * @param patterns  pattern {@code i} is {@code i + 1} bytes long: one NOP instruction in every mode listed
 * @param modes     code sizes (16, 32) in which every pattern is a NOP
 * @param jump      the opcode of {@code jmp rel8}, used over padding longer than the longest pattern
 */
public record NopTable(List<Pattern> patterns, List<Integer> modes, int jump) {

    /** One NOP instruction and how objdump shows it in 32- and 16-bit code. */
    public record Pattern(byte[] bytes, String at32, String at16) {
        public int length() {
            return bytes.length;
        }

        /** The bytes as {@code 0x66, 0x90}: a C initialiser and a gas {@code .byte} list alike. */
        public String cBytes() {
            StringBuilder sb = new StringBuilder();
            for (byte b : bytes) {
                sb.append(sb.length() > 0 ? ", " : "").append(String.format("0x%02x", b & 0xff));
            }
            return sb.toString();
        }
    }

    public String jumpHex() {
        return String.format("%02x", jump);
    }

    public int longest() {
        return patterns.size();
    }

    public byte[] pattern(int length) {
        return patterns.get(length - 1).bytes();
    }

    /**
     * Padding of {@code n} bytes: one pattern when one is that long, otherwise {@code jmp} over the rest,
     * whose bytes are the longest patterns first. With {@code nop1}, {@code n} single-byte NOPs.
     */
    public byte[] padding(int n, boolean nop1) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (n <= 0) {
            return new byte[0];
        }
        if (nop1) {
            for (int i = 0; i < n; i++) {
                out.write(0x90);
            }
        } else if (n <= longest()) {
            out.writeBytes(pattern(n));
        } else {
            out.write(jump);
            out.write(n - 2);
            fill(out, n - 2);
        }
        return out.toByteArray();
    }

    /** Padding instructions a CPU executes in {@code n} bytes of padding. */
    public int executed(int n, boolean nop1) {
        return n <= 0 ? 0 : nop1 ? n : 1;
    }

    private void fill(ByteArrayOutputStream out, int n) {
        while (n > 0) {
            int k = Math.min(n, longest());
            out.writeBytes(pattern(k));
            n -= k;
        }
    }
}
