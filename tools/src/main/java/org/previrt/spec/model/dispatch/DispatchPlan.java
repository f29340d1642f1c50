package org.previrt.spec.model.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Everything the pack template needs to classify instructions by their text. */
public record DispatchPlan(List<RegisterText> registers, List<SpellingDispatch> spellings,
        List<FarAlias> farAliases) {
    /**
     * gas also takes the far-pointer forms of ljmp/lcall spelled without the l ({@code jmp $sel,$off},
     * {@code callw $sel,$off}): the spelling is a site of {@code form} only with two operands whose first
     * starts with '$'.
     */
    public record FarAlias(String spelling, org.previrt.spec.model.Form form) {
        public String getSpelling() {
            return spelling;
        }

        public org.previrt.spec.model.Form getForm() {
            return form;
        }
    }

    public List<FarAlias> getFarAliases() {
        return farAliases;
    }

    /** Longest spelling the pack's case folding handles: 8 base-64 digits stay far inside gas's 64 bits. */
    public static final int FOLD_MAX = 8;

    public List<RegisterText> getRegisters() {
        return registers;
    }

    public List<SpellingDispatch> getSpellings() {
        return spellings;
    }

    /** One character of a mnemonic and its digit in the pack's case-folded code. */
    public record FoldChar(String text, int code) {
        public String getText() {
            return text;
        }

        public int getCode() {
            return code;
        }
    }

    /** Digit of a character: a..z (either case) 1..26, 0..9 27..36, -1 for anything else. */
    public static int foldDigit(char c) {
        char l = Character.toLowerCase(c);
        if (l >= 'a' && l <= 'z') {
            return l - 'a' + 1;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 27;
        }
        return -1;
    }

    /**
     * The case-folded code of a word as the pack's pv_fold computes it: its digits in base 64, -1 when a
     * character has no digit or the word is longer than {@link #FOLD_MAX}. Distinct words that differ
     * other than in letter case get distinct codes (no digit is 0).
     */
    public static long foldCode(String word) {
        if (word.isEmpty() || word.length() > FOLD_MAX) {
            return -1;
        }
        long h = 0;
        for (char c : word.toCharArray()) {
            int d = foldDigit(c);
            if (d < 0) {
                return -1;
            }
            h = h * 64 + d;
        }
        return h;
    }

    public List<FoldChar> getFoldChars() {
        List<FoldChar> out = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            out.add(new FoldChar(String.valueOf(c), foldDigit(c)));
            out.add(new FoldChar(String.valueOf(c).toUpperCase(Locale.ROOT), foldDigit(c)));
        }
        for (char c = '0'; c <= '9'; c++) {
            out.add(new FoldChar(String.valueOf(c), foldDigit(c)));
        }
        return out;
    }

    /** pv_fold adds a digit only below this value: words longer than FOLD_MAX get -1. */
    public String getFoldLimit() {
        return "0x" + Long.toHexString(1L << (6 * (FOLD_MAX - 1)));
    }

    /** The gas expression that is true when .Lpv_h is the code of one of the spellings. */
    public String getFoldTest() {
        for (SpellingDispatch d : spellings) {
            if (foldCode(d.spelling()) < 0) {
                throw new IllegalStateException("spelling '" + d.spelling() + "' is longer than " + FOLD_MAX
                        + " characters or not [a-z0-9]: the pack cannot fold its letter case");
            }
        }
        return spellings.stream().map(d -> ".Lpv_h == " + foldCode(d.spelling()))
                .collect(Collectors.joining(" || "));
    }
}
