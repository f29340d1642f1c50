package org.previrt.sites;

import org.previrt.elf.ElfSection;

/**
 * One record of {@code .afterburn} or {@code .afterburn.typed}, resolved to a section and offsets in it.
 * {@code kind}, {@code insnLength} and {@code insnOffset} (where the instruction starts in the site) are
 * null for plain records.
 */
public record SiteRecord(RecordRef ref, ElfSection section, long start, long end, Integer kind,
        Integer insnLength, Integer insnOffset) {

    public long length() {
        return end - start;
    }
}
