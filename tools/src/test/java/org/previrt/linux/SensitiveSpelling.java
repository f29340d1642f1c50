package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.OperandKind;
import org.previrt.spec.model.OperandVocabulary;
import org.previrt.spec.Specs;
import org.previrt.util.InvalidInputException;

/**
 * Which decoded instructions are sensitive, from the spellings and operand kinds of {@code isa-specs/}
 * alone: a mnemonic whose forms all take a register-class operand (mov, push, pop) counts only with
 * such a register (a control, debug, test or segment register); any other spelling of the specs
 * counts by its mnemonic.
 */
final class SensitiveSpelling {
    private static final Set<String> REGISTER_KINDS = Set.of("creg", "dreg", "treg", "sreg", "%es", "%cs", "%ss",
            "%ds", "%fs", "%gs");

    private final Map<String, List<Form>> bySpelling;
    private final OperandVocabulary operandKinds;

    SensitiveSpelling(IsaSpec spec) {
        this.bySpelling = spec.formsBySpelling();
        this.operandKinds = spec.operandKinds();
    }

    static SensitiveSpelling load(Path root) throws IOException, InvalidInputException {
        return new SensitiveSpelling(Specs.load(root));
    }

    /** The first form the instruction fits, or null when it is not sensitive. */
    Form match(Disassembly.Insn insn) {
        List<Form> forms = bySpelling.get(insn.mnemonic().toLowerCase(Locale.ROOT));
        if (forms == null) {
            return null;
        }
        List<String> ops = insn.operands().stream().map(o -> o.toLowerCase(Locale.ROOT)).toList();
        for (Form f : forms) {
            List<String> kinds = f.operands().stream().map(OperandKind::name).filter(REGISTER_KINDS::contains).toList();
            if (kinds.isEmpty()) {
                return f;
            }
            for (String k : kinds) {
                List<String> regs = operandKinds.spellings(k);
                if (ops.stream().anyMatch(regs::contains)) {
                    return f;
                }
            }
        }
        return null;
    }
}
