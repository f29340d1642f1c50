package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every instruction of the executable sections of an ELF file as {@code objdump -d -w} decodes it, with
 * the symbol objdump names it under (its "function") and its section.
 */
final class Disassembly {
    /** One decoded instruction: address, length, text after the bytes ({@code rep insb (%dx),%es:(%edi)}). */
    record Insn(long addr, int len, String text, String function, String section) {
        long end() {
            return addr + len;
        }

        /** The mnemonic after any prefixes objdump writes in front of it. */
        String mnemonic() {
            String[] w = words();
            int i = 0;
            while (i < w.length - 1 && PREFIXES.contains(w[i])) {
                i++;
            }
            return w.length == 0 ? "" : w[i];
        }

        /** The operand text, split at commas outside parentheses. */
        List<String> operands() {
            String[] w = words();
            int i = 0;
            while (i < w.length - 1 && PREFIXES.contains(w[i])) {
                i++;
            }
            StringBuilder ops = new StringBuilder();
            for (int k = i + 1; k < w.length; k++) {
                if (w[k].startsWith("#") || w[k].startsWith("<")) {
                    break; // objdump's comments and symbolic targets
                }
                ops.append(w[k]);
            }
            List<String> out = new ArrayList<>();
            int depth = 0;
            int start = 0;
            String s = ops.toString();
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    out.add(s.substring(start, k));
                    start = k + 1;
                }
            }
            if (!s.isEmpty()) {
                out.add(s.substring(start));
            }
            return out;
        }

        private String[] words() {
            String t = text.trim();
            return t.isEmpty() ? new String[0] : t.split("\\s+");
        }
    }

    static final java.util.Set<String> PREFIXES = java.util.Set.of("addr16", "addr32", "data16", "data32", "lock",
            "rep", "repe", "repz", "repne", "repnz", "cs", "ds", "es", "fs", "gs", "ss", "notrack", "bnd");

    private static final Pattern SECTION = Pattern.compile("Disassembly of section (\\S+):");
    private static final Pattern LABEL = Pattern.compile("([0-9a-f]+) <(.+)>:");
    private static final Pattern INSN = Pattern.compile(" *([0-9a-f]+):\t((?:[0-9a-f]{2} )+)\\s*\t?(.*)");

    private final List<Insn> insns;

    private Disassembly(List<Insn> insns) {
        this.insns = insns;
    }

    List<Insn> insns() {
        return insns;
    }

    static Disassembly of(Path elf) throws IOException, InterruptedException {
        String text = Tool.output(null, List.of("objdump", "-d", "-w", elf.toString()));
        List<Insn> out = new ArrayList<>();
        String section = "";
        String function = "";
        for (String line : text.split("\n")) {
            Matcher m;
            if ((m = INSN.matcher(line)).matches()) {
                int len = m.group(2).trim().split(" ").length;
                out.add(new Insn(Long.parseLong(m.group(1), 16), len, m.group(3), function, section));
            } else if ((m = LABEL.matcher(line)).matches()) {
                function = m.group(2);
            } else if ((m = SECTION.matcher(line)).matches()) {
                section = m.group(1);
                function = section;
            }
        }
        return new Disassembly(List.copyOf(out));
    }
}
