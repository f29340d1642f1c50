package org.previrt.sites;

import java.util.HexFormat;
import java.util.List;

/**
 * Recognises the padding gas writes for {@code .nops}: its one-instruction NOP patterns for 32- and 16-bit
 * code, and for long pads a {@code jmp rel8} over NOPs that reach exactly the end of the site.
 * <p>
 * Both pattern sets are accepted whatever the mode of the site: gas 2.40 picks the set by the mode in force
 * at the end of the file, so a file mixing {@code .code16} and {@code .code32} gets the other mode's
 * patterns in some sites, and the ELF file does not say which mode a site runs in. Those patterns are not
 * NOPs on the CPU ({@code 8d 76 00} in 16-bit code is {@code lea 0(%bp),%si}), so the result also says in
 * which modes the padding really is NOPs, for whoever knows the mode.
 */
public final class NopPadding {
    /** A NOP instruction and the code sizes in which it decodes to exactly these bytes and does nothing. */
    private record Pattern(byte[] bytes, boolean in32, boolean in16) {
    }

    private static final List<Pattern> PATTERNS = List.of(
            // nop, xchg %ax,%ax; mov %esi,%esi and %edi,%edi (%si,%si and %di,%di in 16-bit code)
            both("90"), both("66 90"), both("89 f6"), both("89 ff"),
            // lea 0(%esi),%esi style with 32-bit addressing
            in32("8d 76 00"), in32("8d 7f 00"), in32("8d 74 26 00"), in32("8d 7c 27 00"),
            in32("8d b6 00 00 00 00"), in32("8d bf 00 00 00 00"), in32("8d b4 26 00 00 00 00"),
            in32("8d bc 27 00 00 00 00"),
            // lea 0(%si),%si and lea 0(%di),%di with 16-bit addressing
            in16("8d 74 00"), in16("8d 7d 00"), in16("8d b4 00 00"), in16("8d bd 00 00"),
            // nopl / nopw (0f 1f /0) as gas writes them for i686 and later; SIB forms need 32-bit addressing
            both("0f 1f 00"), both("0f 1f 40 00"), in32("0f 1f 44 00 00"), in32("66 0f 1f 44 00 00"),
            in32("0f 1f 80 00 00 00 00"), in32("0f 1f 84 00 00 00 00 00"), in32("66 0f 1f 84 00 00 00 00 00"),
            in32("66 2e 0f 1f 84 00 00 00 00 00"), in32("66 66 2e 0f 1f 84 00 00 00 00 00"),
            in32("66 66 66 2e 0f 1f 84 00 00 00 00 00"), in32("66 66 66 66 2e 0f 1f 84 00 00 00 00 00"),
            in32("66 66 66 66 66 2e 0f 1f 84 00 00 00 00 00"));
    private static final int JMP_REL8 = 0xeb;

    /**
     * How [from, to) of {@code code} reads as padding.
     *
     * @param valid        whether the bytes are padding (NOPs of either mode)
     * @param executed     NOP instructions a CPU runs through the pad (the jmp counts once, skipped NOPs not)
     * @param firstBad     when not valid: the first offset no NOP pattern explains
     * @param nopsIn32     whether the pad is NOPs when run as 32-bit code
     * @param nopsIn16     whether the pad is NOPs when run as 16-bit code
     */
    public record Result(boolean valid, int executed, int firstBad, boolean nopsIn32, boolean nopsIn16) {
        /** {@code any}, {@code 32} or {@code 16}: the code sizes in which the pad is NOPs. */
        public String modes() {
            return nopsIn32 && nopsIn16 ? "any" : nopsIn32 ? "32" : nopsIn16 ? "16" : "none";
        }
    }

    private NopPadding() {
    }

    public static Result check(byte[] code, int from, int to) {
        if (from >= to) {
            return new Result(true, 0, -1, true, true);
        }
        if ((code[from] & 0xff) == JMP_REL8 && to - from >= 2) {
            int skip = code[from + 1] & 0xff;
            if (from + 2 + skip == to) {
                // the skipped bytes never run, so the pad is safe in both modes
                Result rest = plain(code, from + 2, to);
                return rest.valid() ? new Result(true, 1, -1, true, true) : rest;
            }
        }
        return plain(code, from, to);
    }

    private static Result plain(byte[] code, int from, int to) {
        int fewest = cover(code, from, to, p -> true);
        if (fewest < 0) {
            return new Result(false, 0, firstBad(code, from, to), false, false);
        }
        return new Result(true, fewest, -1, cover(code, from, to, Pattern::in32) >= 0,
                cover(code, from, to, Pattern::in16) >= 0);
    }

    /** Fewest allowed patterns covering [from, to) exactly (dynamic programming from the end), or -1. */
    private static int cover(byte[] code, int from, int to, java.util.function.Predicate<Pattern> allowed) {
        int n = to - from;
        int[] best = new int[n + 1]; // best[i]: fewest patterns covering [from+i, to), or -1
        java.util.Arrays.fill(best, -1);
        best[n] = 0;
        for (int i = n - 1; i >= 0; i--) {
            for (Pattern pat : PATTERNS) {
                int len = pat.bytes().length;
                if (allowed.test(pat) && i + len <= n && best[i + len] >= 0 && matches(code, from + i, pat.bytes())) {
                    int c = 1 + best[i + len];
                    if (best[i] < 0 || c < best[i]) {
                        best[i] = c;
                    }
                }
            }
        }
        return best[0];
    }

    /** Walks with the longest pattern at each step to the first byte nothing explains. */
    private static int firstBad(byte[] code, int from, int to) {
        int i = from;
        while (i < to) {
            int step = 0;
            for (Pattern pat : PATTERNS) {
                int len = pat.bytes().length;
                if (i + len <= to && len > step && matches(code, i, pat.bytes())) {
                    step = len;
                }
            }
            if (step == 0) {
                break;
            }
            i += step;
        }
        return Math.min(i, to - 1);
    }

    private static boolean matches(byte[] code, int at, byte[] pat) {
        for (int k = 0; k < pat.length; k++) {
            if (code[at + k] != pat[k]) {
                return false;
            }
        }
        return true;
    }

    private static Pattern both(String hex) {
        return new Pattern(bytes(hex), true, true);
    }

    private static Pattern in32(String hex) {
        return new Pattern(bytes(hex), true, false);
    }

    private static Pattern in16(String hex) {
        return new Pattern(bytes(hex), false, true);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
