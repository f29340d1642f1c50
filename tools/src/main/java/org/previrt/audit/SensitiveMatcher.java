package org.previrt.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.previrt.model.Form;
import org.previrt.model.IsaSpec;
import org.previrt.model.OperandKind;
import org.previrt.model.RegisterClass;

/**
 * Tells from objdump's text whether an instruction is sensitive, using only the spellings and
 * operand kinds of the specs (not the pack's dispatch). A spelling whose forms name a control,
 * debug, test or segment register operand (mov, push, pop) counts only with such an operand;
 * any other spelling of the specs counts by its mnemonic alone.
 */
final class SensitiveMatcher {
    private static final Set<String> REGISTER_KINDS = Set.of("creg", "dreg", "treg", "sreg",
            "%es", "%cs", "%ss", "%ds", "%fs", "%gs");

    private final Map<String, List<Form>> bySpelling;

    SensitiveMatcher(IsaSpec spec) {
        this.bySpelling = spec.formsBySpelling();
    }

    /** The first form the instruction fits, or null when it is not sensitive. */
    Form match(Insn insn) {
        List<Form> forms = bySpelling.get(insn.mnemonic().toLowerCase(Locale.ROOT));
        if (forms == null) {
            return null;
        }
        List<String> ops = insn.operandList().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
        for (Form f : forms) {
            List<String> kinds = f.operands().stream().map(OperandKind::name).filter(REGISTER_KINDS::contains).toList();
            if (kinds.isEmpty()) {
                return f;
            }
            for (String k : kinds) {
                if (ops.stream().anyMatch(RegisterClass.spellings(k)::contains)) {
                    return f;
                }
            }
        }
        return null;
    }
}
