package org.previrt.sites;

import org.previrt.elf.ElfSection;
import org.previrt.spec.model.Form;

/**
 * A validated site: where it is, the instruction it holds and its padding.
 *
 * @param address       the run-time address in a linked file; null in a relocatable object
 * @param insnOffset    where the instruction starts in the site: 0, or the padding before a shadow form
 * @param padding       the site's bytes other than the instruction (after it, or before it when insnOffset > 0)
 * @param code16        whether the instruction was read as 16-bit code
 * @param executedNops  NOP instructions (a jmp over a pad counts once) run on bare hardware
 * @param paddingNopsIn in which code sizes the padding is NOPs: {@code any}, {@code 32} or {@code 16}
 * @param recordedKind  the kind in the typed record, or null without one
 */
public record Site(RecordRef ref, ElfSection section, long offset, int length, Long address, long fileOffset,
        byte[] instruction, int insnOffset, byte[] padding, Form form, boolean code16, int executedNops, String paddingNopsIn,
        Integer recordedKind) {

    public int paddingBytes() {
        return padding.length;
    }

    /** {@code .text+0x1c}, or the address in a linked file. */
    public String where() {
        return address != null ? String.format("0x%08x", address)
                : section.name() + "+0x" + Long.toHexString(offset);
    }
}
