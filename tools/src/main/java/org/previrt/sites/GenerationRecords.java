package org.previrt.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfSection;
import org.previrt.spec.model.RecordLayouts;

/**
 * The generation records of a file ({@code records.yaml}: generation): one per object, several after a
 * partial link, where they travel as {@code .comment.previrt<section>}.
 */
public final class GenerationRecords {
    /** The name bin/ld's partial-link script gives a record section (LdWrapperRenderer.PARTIAL_PREFIX). */
    static final String PARTIAL_PREFIX = ".comment.previrt";

    /** One record: the id as 16 hex digits in file byte order (as bin/ld prints it), variant, flags. */
    public record Generation(String id, int variant, int flags) {
        public String describe() {
            StringBuilder s = new StringBuilder(id).append(' ')
                    .append(variant == RecordLayouts.VARIANT_TYPED ? "typed" : variant == 0 ? "afterburn" : "variant " + variant);
            if ((flags & RecordLayouts.FLAG_NOP1) != 0) {
                s.append(", nop1");
            }
            if ((flags & RecordLayouts.FLAG_SKIPPED) != 0) {
                s.append(", skipped");
            }
            return s.toString();
        }
    }

    private GenerationRecords() {
    }

    public static List<Generation> read(ElfFile elf, RecordLayouts layouts) throws ElfFormatException {
        RecordLayouts.Layout g = layouts.generation();
        List<Generation> out = new ArrayList<>();
        for (ElfSection s : elf.sections()) {
            if (!s.name().equals(g.section()) && !s.name().equals(PARTIAL_PREFIX + g.section())) {
                continue;
            }
            byte[] b = elf.read(s, 0, (int) s.size());
            for (int at = 0; at + g.size() <= b.length; at += g.size()) {
                StringBuilder id = new StringBuilder();
                for (String f : List.of("id_lo", "id_hi")) {
                    RecordLayouts.Field fd = g.field(f);
                    for (int i = 0; i < fd.bytes(); i++) {
                        id.append(String.format(Locale.ROOT, "%02x", b[at + fd.offset() + i] & 0xff));
                    }
                }
                out.add(new Generation(id.toString(), (int) g.read(b, at, "variant"), (int) g.read(b, at, "flags")));
            }
        }
        return out;
    }
}
