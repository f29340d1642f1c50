package org.previrt.spec.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.previrt.spec.load.SpecDocument;
import org.previrt.spec.model.OperandVocabulary;
import org.previrt.util.InvalidInputException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks {@code isa-specs/vocabulary/operands.yaml}: kind names once each, registers as lower-case
 * spellings that no other kind of the same shape claims twice within a kind. A register may belong
 * to several kinds (%ss is sreg and %ss): the packs' masks carry every kind a spelling belongs to.
 */
public final class OperandVocabularyValidator {
    private static final String KIND = "%?[a-z][a-z0-9]*";
    /** Registers are written as gas's scrubber hands them to a macro: lower case, no tab, no ';'. */
    private static final String REGISTER = "\\(? ?%[a-z][a-z0-9]*\\)?";

    public OperandVocabulary validate(SpecDocument doc) throws InvalidInputException {
        Nodes in = new Nodes(doc.file());
        Node body = in.top(doc.root(), "operands");
        List<Node> items = body == null ? null : in.list(body, "operands");
        List<OperandVocabulary.Kind> out = new ArrayList<>();
        Map<String, Node> seen = new HashMap<>();
        for (Node n : items == null ? List.<Node>of() : items) {
            Map<String, Node> m = in.mapping(n, "an operand kind", Set.of("kind", "what"), Set.of("registers"));
            if (m == null) {
                continue;
            }
            String name = in.text(m.get("kind"), "kind");
            String what = in.text(m.get("what"), "what");
            List<String> regs = m.containsKey("registers") ? in.words(m.get("registers"), "registers", REGISTER)
                    : List.of();
            if (name == null || what == null || regs == null) {
                continue;
            }
            if (!name.matches(KIND)) {
                in.add(m.get("kind"), "kind '" + name + "' must be a lower-case word, or % and a register name");
                continue;
            }
            if (seen.put(name, m.get("kind")) != null) {
                in.add(m.get("kind"), "kind '" + name + "' listed twice");
                continue;
            }
            if (new java.util.HashSet<>(regs).size() != regs.size()) {
                in.add(m.get("registers"), "kind '" + name + "' lists a register twice");
                continue;
            }
            out.add(new OperandVocabulary.Kind(name, what, regs));
        }
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new OperandVocabulary(out);
    }
}
