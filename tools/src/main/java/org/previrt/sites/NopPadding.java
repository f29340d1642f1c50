package org.previrt.sites;

import java.util.HexFormat;
import java.util.List;

/**
 * Recognises the padding gas writes for {@code .nops}: its one-instruction NOP patterns for 32- and 16-bit
 * code, and for long pads a {@code jmp rel8} over NOPs that reach exactly the end of the site.
 * <p>
 * Both pattern sets are accepted whatever the mode of the site: gas 2.40 picks the set by the mode in force
 * at the end of the file, so a file mixing {@code .code16} and {@code .code32} gets the other mode's
 * patterns in some sites (which then are not NOPs on the CPU: {@code 8d 76 00} in 16-bit code is
 * {@code lea 0(%bp),%si}), and the ELF file does not say which mode a site runs in.
 */
public final class NopPadding {
    private static final List<byte[]> PATTERNS = parse(
            // single byte and data16 xchg
            "90", "66 90",
            // mov %esi,%esi / %edi,%edi (and %si,%si in 16-bit code)
            "89 f6", "89 ff",
            // lea 0(%esi),%esi style, 32-bit addressing
            "8d 76 00", "8d 7f 00", "8d 74 26 00", "8d 7c 27 00",
            "8d b6 00 00 00 00", "8d bf 00 00 00 00", "8d b4 26 00 00 00 00", "8d bc 27 00 00 00 00",
            // lea 0(%si),%si and lea 0(%di),%di, 16-bit addressing
            "8d 74 00", "8d 7d 00", "8d b4 00 00", "8d bd 00 00",
            // nopl / nopw (0f 1f /0), as in gas's patterns for i686 and later
            "0f 1f 00", "0f 1f 40 00", "0f 1f 44 00 00", "66 0f 1f 44 00 00", "0f 1f 80 00 00 00 00",
            "0f 1f 84 00 00 00 00 00", "66 0f 1f 84 00 00 00 00 00", "66 2e 0f 1f 84 00 00 00 00 00",
            "66 66 2e 0f 1f 84 00 00 00 00 00", "66 66 66 2e 0f 1f 84 00 00 00 00 00",
            "66 66 66 66 2e 0f 1f 84 00 00 00 00 00", "66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00");
    private static final int JMP_REL8 = 0xeb;

    /**
     * How [from, to) of {@code code} reads as padding.
     *
     * @param valid        whether the bytes are padding
     * @param executed     NOP instructions a CPU runs through the pad (the jmp counts once, skipped NOPs not)
     * @param firstBad     when not valid: the first offset no NOP pattern explains
     */
    public record Result(boolean valid, int executed, int firstBad) {
    }

    private NopPadding() {
    }

    public static Result check(byte[] code, int from, int to) {
        if (from >= to) {
            return new Result(true, 0, -1);
        }
        if ((code[from] & 0xff) == JMP_REL8 && to - from >= 2) {
            int skip = code[from + 1] & 0xff;
            if (from + 2 + skip == to) {
                Result rest = plain(code, from + 2, to);
                return rest.valid() ? new Result(true, 1, -1) : rest;
            }
        }
        return plain(code, from, to);
    }

    /** Fewest NOP patterns covering [from, to) exactly, by dynamic programming from the end. */
    private static Result plain(byte[] code, int from, int to) {
        int n = to - from;
        int[] best = new int[n + 1]; // best[i]: fewest patterns covering [from+i, to), or -1
        java.util.Arrays.fill(best, -1);
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (byte[] pat : PATTERNS) {
                if (i + pat.length <= n && best[i + pat.length] >= 0 && matches(code, from + i, pat)) {
                    int c = 1 + best[i + pat.length];
                    if (best[i] < 0 || c < best[i]) {
                        best[i] = c;
                    }
                }
            }
        }
        if (best[0] >= 0) {
            return new Result(true, best[0], -1);
        }
        // walk with the longest pattern at each step to point at the first byte nothing explains
        int i = 0;
        while (i < n) {
            int step = 0;
            for (byte[] pat : PATTERNS) {
                if (i + pat.length <= n && pat.length > step && matches(code, from + i, pat)) {
                    step = pat.length;
                }
            }
            if (step == 0) {
                break;
            }
            i += step;
        }
        return new Result(false, 0, from + Math.min(i, n - 1));
    }

    private static boolean matches(byte[] code, int at, byte[] pat) {
        for (int k = 0; k < pat.length; k++) {
            if (code[at + k] != pat[k]) {
                return false;
            }
        }
        return true;
    }

    private static List<byte[]> parse(String... hex) {
        return java.util.Arrays.stream(hex).map(h -> HexFormat.of().parseHex(h.replace(" ", ""))).toList();
    }
}
