package org.previrt.sites;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfRelocation;
import org.previrt.elf.ElfSection;
import org.previrt.elf.ElfSymbol;
import org.previrt.spec.model.RecordLayouts;

/**
 * Reads the records of one site table and resolves their {start, end} to a section and offsets.
 * In a relocatable object the fields are R_386_32 relocations (symbol value + implicit addend);
 * in a linked file they are addresses, looked up in the allocated sections.
 */
final class RecordReader {
    record Result(List<SiteRecord> records, List<SiteProblem> problems) {
    }

    private final ElfFile elf;
    private final List<ElfSymbol> symbols;
    private final RecordLayouts layouts;

    RecordReader(ElfFile elf, RecordLayouts layouts) throws ElfFormatException {
        this.elf = elf;
        this.layouts = layouts;
        this.symbols = elf.relocatable() ? elf.symbols() : List.of();
    }

    Result read(ElfSection table) throws ElfFormatException {
        boolean typed = table.name().equals(layouts.typed().section());
        RecordLayouts.Layout layout = typed ? layouts.typed() : layouts.afterburn();
        int size = layout.size();
        List<SiteRecord> records = new ArrayList<>();
        List<SiteProblem> problems = new ArrayList<>();
        if (!table.hasFileBytes()) {
            throw new ElfFormatException("section " + table.name() + " has no bytes in the file");
        }
        if (table.size() % size != 0) {
            long whole = table.size() / size;
            problems.add(new SiteProblem(new RecordRef(table.name(), (int) whole, whole * size),
                    "truncated record: " + table.name() + " is " + table.size() + " bytes, not a multiple of "
                            + size));
        }
        Map<Long, ElfRelocation> relocs = relocationsByOffset(table);
        for (int i = 0; (long) (i + 1) * size <= table.size(); i++) {
            long at = (long) i * size;
            RecordRef ref = new RecordRef(table.name(), i, at);
            long base = table.offset() + at;
            long startField = elf.u32(base + layout.field("start").offset());
            long endField = elf.u32(base + layout.field("end").offset());
            Integer kind = typed ? (int) field(base, layout.field("kind")) : null;
            Integer len = typed ? (int) field(base, layout.field("insn_len")) : null;
            Integer off = typed ? (int) field(base, layout.field("insn_off")) : null;
            try {
                SiteRecord r = elf.relocatable()
                        ? resolveRelocated(ref, at, startField, endField, relocs, kind, len, off)
                        : resolveLinked(ref, startField, endField, kind, len, off);
                records.add(r);
            } catch (BadRecord e) {
                problems.add(new SiteProblem(ref, e.getMessage()));
            }
        }
        return new Result(records, problems);
    }

    private long field(long base, RecordLayouts.Field f) throws ElfFormatException {
        return switch (f.bytes()) {
            case 1 -> elf.u8(base + f.offset());
            case 2 -> elf.u16(base + f.offset());
            default -> elf.u32(base + f.offset());
        };
    }

    private Map<Long, ElfRelocation> relocationsByOffset(ElfSection table) throws ElfFormatException {
        Map<Long, ElfRelocation> out = new HashMap<>();
        if (elf.relocatable()) {
            ElfSection rel = elf.relocationsFor(table).orElse(null);
            if (rel != null) {
                for (ElfRelocation r : elf.relocations(rel)) {
                    out.put(r.offset(), r);
                }
            }
        }
        return out;
    }

    private SiteRecord resolveRelocated(RecordRef ref, long at, long startField, long endField,
            Map<Long, ElfRelocation> relocs, Integer kind, Integer len, Integer off) throws BadRecord, ElfFormatException {
        RecordLayouts.Layout layout = ref.table().equals(layouts.typed().section()) ? layouts.typed() : layouts.afterburn();
        Location s = relocated("start", relocs.get(at + layout.field("start").offset()), startField);
        Location e = relocated("end", relocs.get(at + layout.field("end").offset()), endField);
        if (s.section().index() != e.section().index()) {
            throw new BadRecord("start is in " + s.section().name() + " but end is in " + e.section().name());
        }
        return new SiteRecord(ref, s.section(), s.offset(), e.offset(), kind, len, off);
    }

    private Location relocated(String field, ElfRelocation r, long addend) throws BadRecord, ElfFormatException {
        if (r == null) {
            throw new BadRecord(field + " field has no relocation (a site address in an object must be relocated)");
        }
        if (r.type() != ElfRelocation.R_386_32) {
            throw new BadRecord(field + " field has relocation type " + r.type() + ", expected R_386_32");
        }
        if (r.symbol() >= symbols.size()) {
            throw new BadRecord(field + " relocation names symbol #" + r.symbol() + ", outside the symbol table");
        }
        ElfSymbol sym = symbols.get(r.symbol());
        if (!sym.inSection()) {
            throw new BadRecord(field + " relocation is against symbol '" + sym.name()
                    + "' which is not defined in a section");
        }
        return new Location(elf.section(sym.shndx()), (sym.value() + addend) & 0xffffffffL);
    }

    private SiteRecord resolveLinked(RecordRef ref, long start, long end, Integer kind, Integer len, Integer off)
            throws BadRecord {
        for (ElfSection s : elf.sections()) {
            if (s.allocated() && s.size() > 0 && start >= s.addr() && start < s.addr() + s.size()) {
                if (end < start) {
                    throw new BadRecord(String.format("end 0x%x lies before start 0x%x", end, start));
                }
                return new SiteRecord(ref, s, start - s.addr(), end - s.addr(), kind, len, off);
            }
        }
        throw new BadRecord(String.format("start address 0x%x is outside every allocated section", start));
    }

    private record Location(ElfSection section, long offset) {
    }

    /** A record that cannot be resolved; becomes a {@link SiteProblem}. */
    private static final class BadRecord extends Exception {
        BadRecord(String message) {
            super(message);
        }
    }
}
