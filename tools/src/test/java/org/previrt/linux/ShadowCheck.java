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
    /**
     * {@code stiPairs}: {@code sti} directly followed by a site of {@code sti} whose padding sits in the
     * first one's shadow. Allowed: after the first {@code sti} IF is 1, so the second neither opens a
     * shadow nor needs the first one's; an interrupt may arrive during its padding instead of after it,
     * with IF=1 in both cases ({@code spin_unlock_irq(); local_irq_enable();} inlined gives this).
     */
    record Result(int shadows, List<String> padded, int stiPairs) {
    }

    private ShadowCheck() {
    }

    static Result run(Disassembly code, SiteRecords records, SensitiveSpelling spelling) {
        int shadows = 0;
        int stiPairs = 0;
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
            Optional<SiteRecords.Range> nextSite = next == null ? Optional.empty()
                    : records.covering(next.addr(), next.end());
            if (next != null && next.addr() == i.end() && spelling.match(next) == null && nextSite.isPresent()) {
                Disassembly.Insn own = siteInstruction(insns, k + 1, nextSite.get());
                if (i.mnemonic().equals("sti") && own != null && own.mnemonic().equals("sti")) {
                    stiPairs++;
                    continue;
                }
                bad.add(String.format("%s %08x %s: followed by the padding of the next site (%s)", i.function(),
                        i.addr(), i.text().trim(), next.text().trim()));
            }
        }
        return new Result(shadows, bad, stiPairs);
    }

    /** The instruction a padded-in-front site ends with: the one that ends where the record ends. */
    private static Disassembly.Insn siteInstruction(List<Disassembly.Insn> insns, int from, SiteRecords.Range r) {
        for (int k = from; k < insns.size() && insns.get(k).addr() < r.end(); k++) {
            if (insns.get(k).end() == r.end()) {
                return insns.get(k);
            }
        }
        return null;
    }

    static boolean shadowing(Disassembly.Insn i) {
        String m = i.mnemonic();
        List<String> ops = i.operands();
        return m.equals("sti")
                || (m.startsWith("mov") && ops.size() == 2 && ops.get(1).equals("%ss"))
                || (m.startsWith("pop") && ops.size() == 1 && ops.get(0).equals("%ss"));
    }
}
