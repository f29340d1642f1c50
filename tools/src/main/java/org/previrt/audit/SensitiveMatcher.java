package org.previrt.audit;

import java.util.Arrays;

import org.previrt.decode.FormDecoder;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;

/**
 * Tells whether an instruction of the stock object is sensitive by decoding its bytes with the specs'
 * {@link FormDecoder} (the decoder of {@code sites} and the rules of gas's C table), as 32-bit code:
 * objdump only says where each instruction starts and ends, its text is not read.
 */
final class SensitiveMatcher {
    private final FormDecoder decoder;

    SensitiveMatcher(IsaSpec spec) {
        this.decoder = new FormDecoder(spec.forms(), spec.prefixes());
    }

    /** The form of the instruction at {@code insn.off()} of a section's bytes, or null when it is not sensitive. */
    Form match(Insn insn, byte[] section) {
        if (insn.off() < 0 || insn.off() + insn.len() > section.length || insn.len() <= 0) {
            return null;
        }
        byte[] code = Arrays.copyOfRange(section, (int) insn.off(), (int) insn.off() + insn.len());
        FormDecoder.Match m = decoder.decode(code, 32);
        // objdump and the decoder must agree on where the instruction ends
        return m != null && m.length() == insn.len() ? m.form() : null;
    }
}
