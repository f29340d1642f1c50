package org.previrt.vectors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.OperandKind;
import org.previrt.spec.model.dispatch.DispatchPlan;
import org.previrt.spec.model.dispatch.DispatchPlanner;

/**
 * Writes the forms of the specs many legal ways: operand spacing, letter case of mnemonics, registers
 * and prefixes, expressions ({@code 4+4(%eax)}, {@code ((D_b)-D_a)}), segment overrides, labels on the
 * same line, {@code ;}-separated statements, prefixes on the same line. Each statement carries a marker
 * label {@code F<n>} exactly where its site must start. Deterministic for a given seed.
 *
 * <p>The source declares {@code D_a} and {@code D_b} 4 bytes apart in {@code .data}, so expressions on them
 * are absolute or relocated the same way with and without the pack.
 */
final class SpellingFuzz {
    /** What a statement must give with the pack. */
    enum Expect {
        /** a record starting at the marker, of the statement's form */
        SITE,
        /** no record at the marker: an ordinary instruction written like a sensitive one */
        NONE,
        /** a directive between the statements (.code16): no marker, nothing to check */
        DIRECTIVE
    }

    record Statement(int id, String text, Form form, boolean omitted, Expect expect) {
        String marker() {
            return "F" + id;
        }

        /** The source line: the marker label stands where the site must start. */
        String line() {
            return text.replace("\u0000", marker() + ": ");
        }
    }

    static final String HEADER = String.join("\n",
            ".data",
            "D_a: .long 0",
            "D_b: .long 0",
            ".text",
            "");

    private static final String[] GP32 = {"%eax", "%ecx", "%edx", "%ebx", "%esp", "%ebp", "%esi", "%edi"};
    private static final String[] GP16 = {"%ax", "%cx", "%dx", "%bx", "%sp", "%bp", "%si", "%di"};
    private static final String[] SREG = {"%es", "%cs", "%ss", "%ds", "%fs", "%gs"};
    private static final String[] SEG_PREFIX = {"cs", "ds", "es", "fs", "gs", "ss"};

    private final IsaSpec spec;
    private final Random random;
    private final List<Statement> out = new ArrayList<>();
    /** Per statement: whether memory operands may carry a segment override, and the register width. */
    private boolean segmentOverrides;
    private boolean w16;

    SpellingFuzz(IsaSpec spec, long seed) {
        this.spec = spec;
        this.random = new Random(seed);
    }

    /**
     * {@code perSpelling} statements for every spelling of every form, then the non-sensitive ones, in
     * {@code .code32}; then {@code per16} per spelling and the non-sensitive ones again in {@code .code16}.
     */
    List<Statement> statements(int perSpelling, int per16) {
        round(perSpelling);
        out.add(new Statement(out.size(), ".code16", null, false, Expect.DIRECTIVE));
        round(per16);
        out.add(new Statement(out.size(), ".code32", null, false, Expect.DIRECTIVE));
        return out;
    }

    private void round(int perSpelling) {
        for (Form f : spec.forms()) {
            for (String s : f.spellings()) {
                if (f.operands().size() == 1 && f.operands().get(0).name().equals("farmem")) {
                    // GRUB 2.06 (drivemap, startup): lcall *%cs:((L_oldhandler) - L_base)
                    add(wrap(s, null, "*%cs:((D_b) - D_a)"), f, false, f.isSite() ? Expect.SITE : Expect.NONE);
                }
                for (int i = 0; i < perSpelling; i++) {
                    boolean[] omitted = new boolean[1];
                    String prefix = prefix(f, s);
                    // a segment prefix and a segment override in the operand: gas refuses two of a kind
                    segmentOverrides = prefix == null || !List.of(SEG_PREFIX).contains(prefix.toLowerCase(Locale.ROOT));
                    w16 = wide16(f, s);
                    String ops = operands(f, s, omitted);
                    // not-a-site forms (int3, into, int1) must stay exactly as stock gas writes them
                    add(wrap(s, prefix, ops), f, omitted[0], f.isSite() ? Expect.SITE : Expect.NONE);
                }
            }
        }
        // jmp/call $sel,$off: the far-pointer forms under the spellings gas also takes for them
        for (DispatchPlan.FarAlias a : new DispatchPlanner().plan(spec).farAliases()) {
            for (int i = 0; i < perSpelling; i++) {
                boolean[] omitted = new boolean[1];
                segmentOverrides = true;
                String ops = operands(a.form(), a.spelling(), omitted);
                add(wrap(a.spelling(), null, ops), a.form(), omitted[0], Expect.SITE);
            }
        }
        ordinary();
    }

    private void add(String text, Form f, boolean omitted, Expect e) {
        out.add(new Statement(out.size(), text, f, omitted, e));
    }

    /** Ordinary instructions spelled like the sensitive ones: none of them may become a site. */
    private void ordinary() {
        String[] lines = {
            "mov %eax, 4(%ebx)", "movl 4(%eax,%ebx,2), %ecx", "mov 4 (%eax,%ebx,2),%edx", "movw %ax , %bx",
            "movl %ds:4(%eax), %ebx", "mov %es : (%edi), %eax", "movl %fs:0x14, %eax", "mov %gs:(%ebx,%ecx), %edx",
            "movl $((D_b) - D_a), %eax", "mov L1 - L2 (%ebp), %eax", "movl %eax,%ds:4 (%ebx)", "MOV %EAX, %ECX",
            "pushl %ds:4(%eax)", "push 4 (%eax,%ebx,2)", "pushw %ax", "push $ 4", "popl (%eax,%ebx)", "pop %ebx",
            "rep movsb", "REP STOSL", "lock addl $1, (%eax)", "Lock Incl 4 (%eax)", "ds movl 4(%eax), %ebx",
            "cs nop", "fs mov (%eax), %eax", "jmp 1f", "call 1f", "mov %cr0x, %eax", "JMP *4 (%eax,%ebx,2)",
            "call *%cs:((D_b) - D_a)", "jmp * %eax", "callw *%ax", "jmpl *(%eax)", "calll 1f",
            // gas encodes int $3 as int3 (cc), which is not a site, however the 3 is written
            "int $3", "INT $ 3", "int $(1+2)", "int $0x3",
        };
        for (String l : lines) {
            String text = l.replace("L1 - L2", "D_b - D_a");
            if (text.contains("%cr0x")) {
                // a symbol whose name starts like a register: an absolute memory operand
                text = "mov cr0x, %eax";
            }
            if (text.contains("1f")) {
                text = text + " ; 1:";
            }
            add(marked(text), null, false, Expect.NONE);
        }
    }

    private static String marked(String text) {
        return "\u0000" + text;
    }

    /** A prefix on the same line, or null: rep forms for ins/outs, sometimes a segment prefix. */
    private String prefix(Form f, String spelling) {
        int p = random.nextInt(10);
        if (f.family().equals("string-io") && p < 5) {
            return letterCase(pick("rep", "repz", "repe", "repnz", "repne"));
        }
        if (p == 9 && !f.family().equals("string-io")) {
            return letterCase(pick(SEG_PREFIX));
        }
        return null;
    }

    /** The statement around the instruction text: labels, ';', prefix, case, tabs. */
    private String wrap(String spelling, String prefix, String ops) {
        String mnem = letterCase(spelling);
        String sep = pick(" ", "\t", "  ");
        String insn = ops.isEmpty() ? mnem : mnem + sep + ops;
        if (prefix != null) {
            insn = prefix + pick(" ", "\t") + insn;
        }
        insn = "\u0000" + insn;
        return switch (random.nextInt(5)) {
            case 0 -> "nop ; " + insn + " ; nop";
            case 1 -> pick("\t", "  ", "") + insn;
            case 2 -> "L" + out.size() + ": " + insn;
            case 3 -> insn + " ; inc %eax";
            default -> insn;
        };
    }

    /** Operands in AT&T order, joined by a comma written one of the ways gas accepts. */
    private String operands(Form f, String spelling, boolean[] omitted) {
        List<String> ops = new ArrayList<>();
        List<OperandKind> kinds = f.operands();
        if (!kinds.isEmpty() && kinds.stream().allMatch(OperandKind::optional)) {
            // monitor, mwait, ins, outs: gas takes all of their operands or none
            if (random.nextInt(3) == 0) {
                omitted[0] = true;
                return "";
            }
            kinds = kinds.stream().map(k -> new OperandKind(k.name(), false)).toList();
        }
        for (int i = 0; i < kinds.size(); i++) {
            OperandKind k = kinds.get(i);
            if (k.optional() && random.nextInt(3) == 0 && omittable(kinds, i)) {
                omitted[0] = true;
                continue;
            }
            ops.add(operand(f, spelling, k.name(), i));
        }
        StringBuilder sb = new StringBuilder();
        for (String o : ops) {
            if (sb.length() > 0) {
                sb.append(pick(",", ", ", " , ", " ,", ",\t"));
            }
            sb.append(o);
        }
        return sb.toString();
    }

    /** gas lets optional operands be left out only as a whole tail or head, like the planner expands them. */
    private static boolean omittable(List<OperandKind> kinds, int i) {
        boolean tail = true;
        for (int j = i; j < kinds.size(); j++) {
            tail &= kinds.get(j).optional();
        }
        boolean head = true;
        for (int j = 0; j <= i; j++) {
            head &= kinds.get(j).optional();
        }
        return tail || head;
    }

    private String operand(Form f, String spelling, String kind, int index) {
        boolean regOnly = spelling.endsWith("l") && (f.name().contains("sreg") || f.name().equals("smsw")
                || f.name().equals("sldt") || f.name().equals("str"));
        return switch (kind) {
            case "imm8" -> imm(pick("0x60", "0x80", "4", "0x21"));
            case "imm16" -> imm(f.name().startsWith("lret") ? pick("4", "8", "0x10") : pick("0x10", "0x08", "0x1b"));
            case "imm32" -> imm(pick("0x1000", "0x12345678"));
            case "al", "ax", "eax", "ecx", "edx" -> reg("%" + kind);
            case "dx" -> pick(reg("%dx"), "(" + reg("%dx") + ")", "( " + reg("%dx") + ")");
            case "reg" -> reg(w16 ? pick(GP16) : pick(GP32));
            case "rm" -> regOnly || random.nextBoolean() ? reg(w16 ? pick(GP16) : pick(GP32)) : memory();
            case "mem" -> memory();
            case "farmem" -> "*" + pick("", " ") + memory();
            // mov to %ss is its own form (mov-to-ss, interrupt shadow), written through its %ss operand
            case "sreg" -> reg(index == f.operands().size() - 1 && f.name().equals("mov-to-sreg")
                    ? pick("%es", "%ds", "%fs", "%gs") : pick(SREG));
            case "creg" -> reg(pick("%cr0", "%cr2", "%cr3", "%cr4", "%cr8"));
            case "dreg" -> reg(pick("%dr0", "%dr3", "%dr6", "%dr7", "%db1", "%db7"));
            case "treg" -> reg(pick("%tr3", "%tr6", "%tr7"));
            case "srcstr" -> pick(reg("%ds") + ":(" + reg("%esi") + ")", "(" + reg("%esi") + ")");
            case "dststr" -> pick(reg("%es") + ":(" + reg("%edi") + ")", reg("%es") + ":( " + reg("%edi") + ")");
            default -> {
                if (kind.startsWith("%")) {
                    yield reg(kind);
                }
                throw new IllegalArgumentException("no generator for operand kind " + kind);
            }
        };
    }

    /** Register operands of 16 bits where the spelling or the instruction asks for them. */
    private boolean wide16(Form f, String spelling) {
        String n = f.name();
        if (n.equals("arpl") || n.equals("lmsw") || n.equals("verr") || n.equals("verw") || n.equals("lldt")
                || n.equals("ltr")) {
            return true;
        }
        if (n.startsWith("mov-from-creg") || n.startsWith("mov-to-creg") || n.contains("dreg") || n.contains("treg")
                || n.equals("invpcid")) {
            return false;
        }
        if (spelling.length() > 3 && spelling.endsWith("w")) {
            return true;
        }
        if (spelling.length() > 3 && spelling.endsWith("l") && !spelling.equals("lsl")) {
            return false;
        }
        return random.nextBoolean();
    }

    private String imm(String value) {
        return switch (random.nextInt(6)) {
            case 0 -> "$ " + value;
            case 1 -> "$(" + value + ")";
            case 2 -> "$((" + value + ") + ((D_b) - D_a) - 4)";
            case 3 -> "$ (" + value + " + 0)";
            default -> "$" + value;
        };
    }

    /** A memory operand: displacements as expressions, index registers, spaces, segment overrides. */
    private String memory() {
        String base = reg(pick(GP32));
        String index = reg(pick("%eax", "%ecx", "%edx", "%ebx", "%esi", "%edi", "%ebp"));
        String disp = pick("4", "4+4", "-8", "0x10", "((D_b) - D_a)", "D_b - D_a", "((D_b)-D_a)");
        String sp = pick("", "", " ");
        String m = switch (random.nextInt(7)) {
            case 0 -> disp + sp + "(" + base + ")";
            case 1 -> disp + sp + "(" + base + "," + index + "," + pick("1", "2", "4", "8") + ")";
            case 2 -> disp + sp + "(" + base + ", " + index + ")";
            case 3 -> "(" + base + ")";
            case 4 -> pick("D_a", "D_b+4", "(D_a)", "((D_a) + 4)", "((D_b) - D_a)");
            case 5 -> disp + "(," + index + "," + pick("2", "4") + ")";
            default -> pick("0x1000", "(0x1000)");
        };
        if (segmentOverrides && random.nextInt(4) == 0) {
            m = reg(pick(SREG)) + ":" + m;
        }
        return m;
    }

    /** Every letter in a random case (gas accepts %CR3, %Ds, CLI, Rep). */
    private String reg(String text) {
        return letterCase(text);
    }

    private String letterCase(String text) {
        int mode = random.nextInt(4);
        if (mode == 0) {
            return text.toUpperCase(Locale.ROOT);
        }
        if (mode == 1) {
            StringBuilder sb = new StringBuilder();
            for (char c : text.toCharArray()) {
                sb.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
            }
            return sb.toString();
        }
        return text;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
