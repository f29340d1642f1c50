package org.previrt.sites;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfSection;

/**
 * Reads every site record of a file and checks it: inside its section, not overlapping another, starting
 * with a sensitive instruction of the specs that fits, and padded with NOPs only.
 */
public final class SiteAnalyzer {
    /** Sites in section and offset order, and every problem found; sites with a problem are left out. */
    public record Analysis(List<Site> sites, List<SiteProblem> problems) {
    }

    private final InstructionDecoder decoder;

    public SiteAnalyzer(InstructionDecoder decoder) {
        this.decoder = decoder;
    }

    public Analysis analyze(ElfFile elf) throws ElfFormatException {
        List<SiteProblem> problems = new ArrayList<>();
        RecordReader reader = new RecordReader(elf);
        List<SiteRecord> plain = new ArrayList<>();
        List<SiteRecord> typed = new ArrayList<>();
        boolean hasPlain = false;
        boolean hasTyped = false;
        for (ElfSection s : elf.sections()) {
            if (s.name().equals(RecordReader.PLAIN) || s.name().equals(RecordReader.TYPED)) {
                RecordReader.Result r = reader.read(s);
                problems.addAll(r.problems());
                boolean isPlain = s.name().equals(RecordReader.PLAIN);
                hasPlain |= isPlain;
                hasTyped |= !isPlain;
                (isPlain ? plain : typed).addAll(r.records());
            }
        }
        List<SiteRecord> records = join(plain, typed, hasPlain, problems);
        if (hasPlain && hasTyped) {
            agree(plain, typed, problems);
        }
        records.sort(Comparator.comparingInt((SiteRecord r) -> r.section().index())
                .thenComparingLong(SiteRecord::start));
        List<Site> sites = new ArrayList<>();
        SiteRecord prev = null;
        for (SiteRecord r : records) {
            String bad = placement(r);
            if (bad == null && prev != null && prev.section().index() == r.section().index()
                    && r.start() < prev.end()) {
                bad = String.format("overlaps %s (site %s+0x%x..0x%x)", prev.ref(), r.section().name(), prev.start(),
                        prev.end());
            }
            if (bad != null) {
                problems.add(new SiteProblem(r.ref(), bad));
                continue;
            }
            prev = r;
            try {
                sites.add(site(elf, r));
            } catch (BadSite e) {
                problems.add(new SiteProblem(r.ref(), e.getMessage()));
            }
        }
        problems.sort(Comparator.comparing(SiteProblem::ref));
        return new Analysis(List.copyOf(sites), List.copyOf(problems));
    }

    /** Plain records carry every site; typed records add kind and length to the plain record of their start. */
    private static List<SiteRecord> join(List<SiteRecord> plain, List<SiteRecord> typed, boolean hasPlain,
            List<SiteProblem> problems) {
        if (!hasPlain) {
            return new ArrayList<>(typed);
        }
        Map<String, SiteRecord> byStart = new LinkedHashMap<>();
        for (SiteRecord r : plain) {
            // a second plain record with the same start stays in the list; the overlap check reports it
            byStart.putIfAbsent(key(r), r);
        }
        List<SiteRecord> out = new ArrayList<>(plain);
        for (SiteRecord t : typed) {
            SiteRecord p = byStart.get(key(t));
            if (p == null) {
                problems.add(new SiteProblem(t.ref(), "typed record has no matching " + RecordReader.PLAIN
                        + " record (site " + t.section().name() + "+0x" + Long.toHexString(t.start()) + ")"));
            } else if (p.end() != t.end()) {
                problems.add(new SiteProblem(t.ref(), String.format("typed record ends at +0x%x but %s ends at +0x%x",
                        t.end(), p.ref(), p.end())));
            } else {
                out.set(out.indexOf(p), new SiteRecord(p.ref(), p.section(), p.start(), p.end(), t.kind(),
                        t.insnLength()));
            }
        }
        return out;
    }

    /** With both tables, every plain record needs a typed one: the counts and the starts must agree. */
    private static void agree(List<SiteRecord> plain, List<SiteRecord> typed, List<SiteProblem> problems) {
        java.util.Set<String> typedStarts = new java.util.HashSet<>();
        for (SiteRecord t : typed) {
            typedStarts.add(key(t));
        }
        for (SiteRecord p : plain) {
            if (!typedStarts.contains(key(p))) {
                problems.add(new SiteProblem(p.ref(), "plain record has no matching " + RecordReader.TYPED
                        + " record (site " + p.section().name() + "+0x" + Long.toHexString(p.start()) + ")"));
            }
        }
        if (plain.size() != typed.size()) {
            problems.add(new SiteProblem(new RecordRef(RecordReader.TYPED, typed.size(), typed.size() * 12L),
                    typed.size() + " typed record(s) but " + plain.size() + " " + RecordReader.PLAIN
                            + " record(s): the two tables must describe the same sites"));
        }
    }

    private static String key(SiteRecord r) {
        return r.section().index() + ":" + r.start();
    }

    /** Why the record's range is not inside its section, or null. */
    private static String placement(SiteRecord r) {
        ElfSection s = r.section();
        String range = String.format("site %s+0x%x..0x%x", s.name(), r.start(), r.end());
        if (!s.hasFileBytes()) {
            return range + " is in " + s.name() + ", which has no bytes in the file";
        }
        if (r.end() < r.start()) {
            return range + " ends before it starts";
        }
        if (r.start() >= s.size() || r.end() > s.size()) {
            return range + " points outside section " + s.name() + String.format(" (size 0x%x)", s.size());
        }
        if (r.end() == r.start()) {
            return range + " is empty";
        }
        return null;
    }

    private Site site(ElfFile elf, SiteRecord r) throws BadSite, ElfFormatException {
        ElfSection s = r.section();
        int length = (int) r.length();
        int window = (int) Math.min(InstructionDecoder.MAX_LENGTH, s.size() - r.start());
        byte[] head = elf.read(s, r.start(), window);
        byte[] code = elf.read(s, r.start(), length);
        List<DecodedInstruction> all = decoder.candidates(head);
        if (all.isEmpty()) {
            throw new BadSite("bytes " + Hex.of(head, Math.min(head.length, 4))
                    + " do not start a sensitive instruction of the specs");
        }
        DecodedInstruction d = all.stream().min(preference(r, code)).orElseThrow();
        if (d.length() > length) {
            throw new BadSite(String.format("site %s+0x%x is %d bytes, shorter than its %d-byte %s instruction",
                    s.name(), r.start(), length, d.length(), d.form().name()));
        }
        // a site `rewrite --mode trap` overwrote reads as int3 whatever its record says: accepted
        boolean trapped = r.kind() != null && code[0] == (byte) 0xcc && d.length() == 1 && r.kind() != d.form().kind();
        if (r.kind() != null && !trapped && r.kind() != d.form().kind()) {
            throw new BadSite(String.format("typed record says kind %d, but the bytes %s decode as %s (kind %d)",
                    r.kind(), Hex.of(code, Math.min(code.length, d.length())), d.form().name(), d.form().kind()));
        }
        if (r.kind() != null && !trapped && r.insnLength() != d.length()) {
            throw new BadSite(String.format("typed record says the %s instruction is %d bytes, but it decodes as %d",
                    d.form().name(), r.insnLength(), d.length()));
        }
        NopPadding.Result pad = NopPadding.check(code, d.length(), length);
        if (!pad.valid()) {
            throw new BadSite(String.format("padding is not NOPs: byte 0x%02x at %s+0x%x (site %s+0x%x..0x%x: %s)",
                    code[pad.firstBad()] & 0xff, s.name(), r.start() + pad.firstBad(), s.name(), r.start(), r.end(),
                    Hex.of(code)));
        }
        Long address = elf.relocatable() ? null : s.addr() + r.start();
        byte[] insn = java.util.Arrays.copyOf(code, d.length());
        byte[] padding = java.util.Arrays.copyOfRange(code, d.length(), length);
        return new Site(r.ref(), s, r.start(), length, address, s.offset() + r.start(), insn, padding, d.form(),
                d.code16(), pad.executed(), pad.modes(), r.kind());
    }

    /** Best reading first: the typed record's kind and length, then one whose padding is valid, 32-bit, specific. */
    private static Comparator<DecodedInstruction> preference(SiteRecord r, byte[] code) {
        return Comparator.<DecodedInstruction, Boolean>comparing(d -> r.kind() == null || d.form().kind() != r.kind())
                .thenComparing(d -> r.insnLength() == null || d.length() != r.insnLength())
                .thenComparing(d -> d.length() > code.length || !NopPadding.check(code, d.length(), code.length).valid())
                .thenComparing(DecodedInstruction::code16)
                .thenComparing(Comparator.comparingInt(DecodedInstruction::score).reversed());
    }

    private static final class BadSite extends Exception {
        BadSite(String message) {
            super(message);
        }
    }
}
