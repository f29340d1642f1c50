package org.previrt.audit;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One instruction as {@code objdump -d --no-show-raw-insn} prints it: offset in its section, length
 * (from the next offset), prefixes, mnemonic and operand text.
 */
record Insn(long off, int len, List<String> prefixes, String mnemonic, String operands) {

    private static final Pattern TARGET = Pattern.compile("(?:0x)?([0-9a-f]+)(?: <[^>]*>)?");
    // gas pads with lea/xchg/mov forms that change nothing; some objdump versions show them like this
    private static final Pattern SELF_LEA = Pattern.compile("(?:%[a-z]s:)?(?:0x0)?\\(,?(%e[a-z]{2})(?:,%eiz,1|,1)?\\),\\1");
    private static final Set<String> SELF_MOVES = Set.of("%ax,%ax", "%esi,%esi", "%edi,%edi");

    long end() {
        return off + len;
    }

    /**
     * Parses the text after {@code offset:\t}; the length is filled in later. {@code prefixWords}: the words
     * objdump writes for a prefix in front of a mnemonic (isa-specs/vocabulary/prefixes.yaml).
     */
    static Insn parse(long off, String text, Set<String> prefixWords) {
        String[] words = text.trim().split("\\s+", -1);
        int w = 0;
        List<String> prefixes = new java.util.ArrayList<>();
        while (w < words.length - 1 && prefixWords.contains(words[w])) {
            prefixes.add(words[w++]);
        }
        String mnemonic = words.length == 0 ? "" : words[w++];
        StringBuilder ops = new StringBuilder();
        for (; w < words.length; w++) {
            ops.append(ops.length() == 0 ? "" : " ").append(words[w]);
        }
        return new Insn(off, 0, List.copyOf(prefixes), mnemonic, ops.toString());
    }

    Insn withLen(int n) {
        return new Insn(off, n, prefixes, mnemonic, operands);
    }

    /** Operands split at top-level commas ({@code 0x0(%esi,%eiz,1)} stays whole). */
    List<String> operandList() {
        List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int k = 0; k < operands.length(); k++) {
            char c = operands.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(operands.substring(start, k).trim());
                start = k + 1;
            }
        }
        if (!operands.isBlank()) {
            out.add(operands.substring(start).trim());
        }
        return out;
    }

    /** Prefixes and mnemonic, e.g. {@code rep insb}. */
    String opcodeText() {
        return prefixes.isEmpty() ? mnemonic : String.join(" ", prefixes) + " " + mnemonic;
    }

    String text() {
        return operands.isEmpty() ? opcodeText() : opcodeText() + " " + operands;
    }

    /** A NOP-like instruction as gas emits for padding and alignment. */
    boolean isNop() {
        if (mnemonic.startsWith("nop")) {
            return true;
        }
        if (mnemonic.equals("xchg") || mnemonic.equals("mov")) {
            return SELF_MOVES.contains(operands);
        }
        return mnemonic.equals("lea") && SELF_LEA.matcher(operands).matches();
    }

    /** Target of a direct jump, call or loop, or -1 (indirect, or not a branch). */
    long branchTarget() {
        boolean branch = mnemonic.startsWith("j") || mnemonic.startsWith("call") || mnemonic.startsWith("loop")
                || mnemonic.equals("xbegin");
        if (!branch || operands.startsWith("*")) {
            return -1;
        }
        Matcher m = TARGET.matcher(operands);
        return m.matches() ? Long.parseLong(m.group(1), 16) : -1;
    }

    boolean isJmp() {
        return mnemonic.equals("jmp") && prefixes.isEmpty();
    }
}
