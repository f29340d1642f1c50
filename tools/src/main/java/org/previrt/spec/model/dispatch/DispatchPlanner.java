package org.previrt.spec.model.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.OperandKind;
import org.previrt.spec.model.OperandVocabulary;

/**
 * Works out, per spelling, which textual tests tell its forms apart. The pack sees the operand text as
 * gas's macro argument tokens (split at every comma and at spaces outside parentheses); slot {@code a}
 * is the first token, slot {@code b} the rest: its CLASS test is on the last token, NONBLANK means
 * "more than one token". A register operand is always a whole token.
 */
public final class DispatchPlanner {

    public record Ambiguity(Form form, String message) {
    }

    /** The operand kinds of the specs being planned: which are textual, and their register spellings. */
    private OperandVocabulary vocab;

    public DispatchPlan plan(IsaSpec spec) {
        vocab = spec.operandKinds();
        List<SpellingDispatch> out = new ArrayList<>();
        for (Map.Entry<String, List<Form>> e : spec.formsBySpelling().entrySet()) {
            List<Case> cases = new ArrayList<>();
            for (Form f : e.getValue()) {
                for (List<OperandKind> sig : expand(f.operands())) {
                    cases.add(new Case(conditions(sig), f, sig.size() == f.operands().size()));
                }
            }
            // most specific first; spec order breaks ties (stable sort)
            cases.sort(Comparator.comparingInt(Case::specificity).reversed());
            cases = dedupe(cases);
            String ga = guard(cases, "a");
            String gb = guard(cases, "b");
            String s = e.getKey();
            out.add(new SpellingDispatch(s, ga, gb, cases, vocab.textualKinds()));
        }
        return new DispatchPlan(registers(), out, farAliases(spec));
    }

    /**
     * Far-pointer forms (two immediates, {@code ljmp $sel,$off}) whose spelling without its leading l is
     * no spelling of its own: gas takes {@code jmp $sel,$off} and {@code call $sel,$off} for them.
     */
    private static List<DispatchPlan.FarAlias> farAliases(IsaSpec spec) {
        List<DispatchPlan.FarAlias> out = new ArrayList<>();
        Map<String, List<Form>> by = spec.formsBySpelling();
        for (Form f : spec.forms()) {
            List<OperandKind> ops = f.operands();
            if (ops.size() != 2 || !ops.get(0).name().startsWith("imm") || !ops.get(1).name().startsWith("imm")) {
                continue;
            }
            for (String s : f.spellings()) {
                String near = s.substring(1);
                if ((s.startsWith("ljmp") || s.startsWith("lcall")) && !by.containsKey(near)) {
                    out.add(new DispatchPlan.FarAlias(near, f));
                }
            }
        }
        out.sort(Comparator.comparing(DispatchPlan.FarAlias::spelling));
        return out;
    }

    /** Full operand signatures of different forms that no textual test separates. */
    public List<Ambiguity> ambiguities(IsaSpec spec) {
        vocab = spec.operandKinds();
        List<Ambiguity> out = new ArrayList<>();
        for (Map.Entry<String, List<Form>> e : spec.formsBySpelling().entrySet()) {
            Map<List<Condition>, Form> seen = new java.util.HashMap<>();
            for (Form f : e.getValue()) {
                List<Condition> c = conditions(f.operands());
                Form other = seen.putIfAbsent(c, f);
                if (other != null && other != f) {
                    out.add(new Ambiguity(f, "spelling '" + e.getKey() + "': form '" + f.name()
                            + "' cannot be told apart from form '" + other.name()
                            + "' by operand text; give one of them a register operand kind"));
                }
            }
        }
        return out;
    }

    /** Every way of writing the operands, leaving out optional ones (trailing or leading). */
    private static List<List<OperandKind>> expand(List<OperandKind> ops) {
        List<List<OperandKind>> out = new ArrayList<>();
        out.add(new ArrayList<>());
        for (OperandKind k : ops) {
            List<List<OperandKind>> next = new ArrayList<>();
            for (List<OperandKind> prefix : out) {
                List<OperandKind> with = new ArrayList<>(prefix);
                with.add(k);
                next.add(with);
                if (k.optional()) {
                    next.add(new ArrayList<>(prefix));
                }
            }
            out = next;
        }
        out.sort(Comparator.comparingInt(l -> -l.size()));
        return out;
    }

    private List<Condition> conditions(List<OperandKind> sig) {
        List<Condition> c = new ArrayList<>();
        if (sig.isEmpty()) {
            c.add(new Condition("a", Condition.Test.BLANK, null));
            return c;
        }
        c.add(slot("a", sig.get(0)));
        // No test that b is blank after one operand: the pack tests tokens, and one operand can be
        // several (`4(%eax,%ebx,2)`, `$ 4`, `L1 - L2 (%ebp)`). Cases with more operands come first.
        if (sig.size() == 2) {
            c.add(slot("b", sig.get(1)));
        } else if (sig.size() > 2) {
            c.add(new Condition("b", Condition.Test.NONBLANK, null));
        }
        return c;
    }

    private Condition slot(String slot, OperandKind k) {
        if (k.name().equals("farmem")) {
            return new Condition(slot, Condition.Test.STAR, null);
        }
        if (!vocab.isTextual(k.name())) {
            return new Condition(slot, Condition.Test.NONBLANK, null);
        }
        return new Condition(slot, Condition.Test.CLASS, hex(bit(k.name())));
    }

    /** The mask bit of a textual operand kind: its place in {@link OperandVocabulary#textualKinds()}. */
    private int bit(String kind) {
        int i = vocab.textualKinds().indexOf(kind);
        if (i < 0) {
            throw new IllegalArgumentException("not a textual operand kind: " + kind);
        }
        return 1 << i;
    }

    private static String hex(int mask) {
        return "0x" + Integer.toHexString(mask);
    }

    /** Every case variant of every register spelling, with the mask of all kinds it belongs to. */
    private List<RegisterText> registers() {
        Map<String, Integer> masks = new TreeMap<>();
        for (String kind : vocab.textualKinds()) {
            for (String base : vocab.spellings(kind)) {
                for (String text : OperandVocabulary.caseVariants(base)) {
                    masks.merge(text, bit(kind), (x, y) -> x | y);
                }
            }
        }
        List<RegisterText> out = new ArrayList<>();
        masks.forEach((t, m) -> out.add(new RegisterText(t, m)));
        return out;
    }

    /**
     * A spelling whose every case needs a register class in one slot (mov, push, pop) gets a one-test
     * guard per slot, so the common non-sensitive instruction costs as little as possible.
     */
    private static String guard(List<Case> cases, String slot) {
        int mask = 0;
        for (Case c : cases) {
            boolean hasClass = c.conditions().stream()
                    .anyMatch(x -> x.test() == Condition.Test.CLASS || x.test() == Condition.Test.STAR);
            if (!hasClass) {
                return null;
            }
        }
        for (Case c : cases) {
            for (Condition x : c.conditions()) {
                if (x.test() == Condition.Test.CLASS && x.slot().equals(slot)) {
                    mask |= Integer.decode(x.classId());
                }
            }
        }
        return mask == 0 ? null : hex(mask);
    }

    private static List<Case> dedupe(List<Case> cases) {
        List<Case> out = new ArrayList<>();
        java.util.Set<List<Condition>> seen = new java.util.HashSet<>();
        for (Case c : cases) {
            if (seen.add(c.conditions())) {
                out.add(c);
            }
        }
        return out;
    }
}
