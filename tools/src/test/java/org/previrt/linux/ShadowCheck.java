package org.previrt.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Check (b) of the Linux test: after {@code sti}, {@code mov ...,%ss} and {@code pop %ss} the CPU holds
 * interrupts for exactly one instruction, and code relies on it ({@code sti; hlt}, {@code sti; sysexit},
 * {@code mov %ax,%ss; mov $x,%esp}). A site of such an instruction must therefore end with it, and the
 * instruction after it must not be padding that a following site puts before its own instruction:
 * either would take the shadow away from the instruction the code meant.
 */
final class ShadowCheck {
    record Result(int shadows, List<String> padded) {
    }

    private ShadowCheck() {
    }

    static Result run(Disassembly code, SiteRecords records, SensitiveSpelling spelling) {
        int shadows = 0;
        List<String> bad = new ArrayList<>();
        List<Disassembly.Insn> insns = code.insns();
        for (int k = 0; k < insns.size(); k++) {
            Disassembly.Insn i = insns.get(k);
            if (!shadowing(i)) {
                continue;
            }
            shadows++;
            Optional<SiteRecords.Range> r = records.covering(i.addr(), i.end());
            if (r.isPresent() && r.get().end() != i.end()) {
                bad.add(String.format("%s %08x %s: %d bytes of padding after it", i.function(), i.addr(),
                        i.text().trim(), r.get().end() - i.end()));
                continue;
            }
            Disassembly.Insn next = k + 1 < insns.size() ? insns.get(k + 1) : null;
            if (next != null && next.addr() == i.end() && spelling.match(next) == null
                    && records.covering(next.addr(), next.end()).isPresent()) {
                bad.add(String.format("%s %08x %s: followed by the padding of the next site (%s)", i.function(),
                        i.addr(), i.text().trim(), next.text().trim()));
            }
        }
        return new Result(shadows, bad);
    }

    static boolean shadowing(Disassembly.Insn i) {
        String m = i.mnemonic();
        List<String> ops = i.operands();
        return m.equals("sti")
                || (m.startsWith("mov") && ops.size() == 2 && ops.get(1).equals("%ss"))
                || (m.startsWith("pop") && ops.size() == 1 && ops.get(0).equals("%ss"));
    }
}
