package org.previrt.sites;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.previrt.spec.model.NopTable;

/**
 * Recognises site padding made of the NOP table of the specs ({@code isa-specs/vocabulary/nops.yaml}):
 * patterns of the table, or a {@code jmp rel8} to the end of the padding followed by such patterns.
 * Every pattern is a NOP in 16- and 32-bit code, so the result holds whatever the mode of the site.
 */
public final class NopPadding {
    private final NopTable nops;

    /**
     * How [from, to) of a site reads as padding.
     *
     * @param valid     whether the bytes are padding
     * @param executed  instructions a CPU runs through it (a jmp counts once, the NOPs it skips not)
     * @param firstBad  when not valid: the first offset no pattern explains
     */
    public record Result(boolean valid, int executed, int firstBad) {
        /** Code sizes in which the padding is NOPs: always both for the table's patterns. */
        public String modes() {
            return valid ? "any" : "none";
        }
    }

    public NopPadding(NopTable nops) {
        this.nops = nops;
    }

    public Result check(byte[] code, int from, int to) {
        if (from >= to) {
            return new Result(true, 0, -1);
        }
        if ((code[from] & 0xff) == nops.jump() && to - from >= 2 && from + 2 + (code[from + 1] & 0xff) == to) {
            int bad = walk(code, from + 2, to);
            return bad < 0 ? new Result(true, 1, -1) : new Result(false, 0, bad);
        }
        int count = 0;
        int i = from;
        while (i < to) {
            int k = longestAt(code, i, to);
            if (k == 0) {
                return new Result(false, 0, i);
            }
            i += k;
            count++;
        }
        return new Result(true, count, -1);
    }

    /**
     * Where an instruction may start after padding at the beginning of [from, to): the target of a
     * leading jmp, and every boundary of a walk over the table's patterns (longest first).
     */
    public List<Integer> ends(byte[] code, int from, int to) {
        List<Integer> out = new ArrayList<>();
        if (to - from >= 2 && (code[from] & 0xff) == nops.jump()) {
            int target = from + 2 + (code[from + 1] & 0xff);
            if (target < to && walk(code, from + 2, target) < 0) {
                out.add(target);
            }
        }
        int i = from;
        while (i < to) {
            int k = longestAt(code, i, to);
            if (k == 0) {
                break;
            }
            i += k;
            if (i < to && !out.contains(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** -1 when [from, to) is patterns only (longest first), else the first offset that is not. */
    private int walk(byte[] code, int from, int to) {
        int i = from;
        while (i < to) {
            int k = longestAt(code, i, to);
            if (k == 0) {
                return i;
            }
            i += k;
        }
        return -1;
    }

    private int longestAt(byte[] code, int at, int to) {
        for (int k = Math.min(nops.longest(), to - at); k >= 1; k--) {
            if (Arrays.equals(code, at, at + k, nops.pattern(k), 0, k)) {
                return k;
            }
        }
        return 0;
    }
}
