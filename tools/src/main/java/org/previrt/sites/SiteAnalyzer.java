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
    /**
     * Sites in section and offset order, and every problem found; sites with a problem are left out.
     * {@code ambiguous}: plain records read as 32-bit code that 16-bit code would read as another
     * instruction, when no {@link CodeModes} range says which mode they are in.
     */
    public record Analysis(List<Site> sites, List<SiteProblem> problems, List<SiteProblem> ambiguous) {
    }

    private final InstructionDecoder decoder;
    private final NopPadding padding;
    private final CodeModes modes;

    public SiteAnalyzer(InstructionDecoder decoder) {
        this(decoder, CodeModes.NONE);
    }

    /** With the 16-bit code named by the user: sites there are read as 16-bit code, all others as 32-bit. */
    public SiteAnalyzer(InstructionDecoder decoder, CodeModes modes) {
        this.decoder = decoder;
        this.padding = new NopPadding(decoder.nops());
        this.modes = modes;
    }

    /** A way to read a site: the instruction {@code d} starting {@code offset} bytes into it. */
    private record Reading(int offset, DecodedInstruction d) {
        int end() {
            return offset + d.length();
        }
    }

    public Analysis analyze(ElfFile elf) throws ElfFormatException {
        List<SiteProblem> problems = new ArrayList<>();
        RecordReader reader = new RecordReader(elf, decoder.records());
        String plainName = decoder.records().afterburn().section();
        String typedName = decoder.records().typed().section();
        List<SiteRecord> plain = new ArrayList<>();
        List<SiteRecord> typed = new ArrayList<>();
        boolean hasPlain = false;
        boolean hasTyped = false;
        for (ElfSection s : elf.sections()) {
            if (s.name().equals(plainName) || s.name().equals(typedName)) {
                RecordReader.Result r = reader.read(s);
                problems.addAll(r.problems());
                boolean isPlain = s.name().equals(plainName);
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
        List<SiteProblem> ambiguous = new ArrayList<>();
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
                sites.add(site(elf, r, ambiguous));
            } catch (BadSite e) {
                problems.add(new SiteProblem(r.ref(), e.getMessage()));
            }
        }
        problems.sort(Comparator.comparing(SiteProblem::ref));
        return new Analysis(List.copyOf(sites), List.copyOf(problems), List.copyOf(ambiguous));
    }

    /** Plain records carry every site; typed records add kind and length to the plain record of their start. */
    private List<SiteRecord> join(List<SiteRecord> plain, List<SiteRecord> typed, boolean hasPlain,
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
                problems.add(new SiteProblem(t.ref(), "typed record has no matching " + decoder.records().afterburn().section()
                        + " record (site " + t.section().name() + "+0x" + Long.toHexString(t.start()) + ")"));
            } else if (p.end() != t.end()) {
                problems.add(new SiteProblem(t.ref(), String.format("typed record ends at +0x%x but %s ends at +0x%x",
                        t.end(), p.ref(), p.end())));
            } else {
                out.set(out.indexOf(p), new SiteRecord(p.ref(), p.section(), p.start(), p.end(), t.kind(),
                        t.insnLength(), t.insnOffset()));
            }
        }
        return out;
    }

    /** With both tables, every plain record needs a typed one: the counts and the starts must agree. */
    private void agree(List<SiteRecord> plain, List<SiteRecord> typed, List<SiteProblem> problems) {
        java.util.Set<String> typedStarts = new java.util.HashSet<>();
        for (SiteRecord t : typed) {
            typedStarts.add(key(t));
        }
        for (SiteRecord p : plain) {
            if (!typedStarts.contains(key(p))) {
                problems.add(new SiteProblem(p.ref(), "plain record has no matching " + decoder.records().typed().section()
                        + " record (site " + p.section().name() + "+0x" + Long.toHexString(p.start()) + ")"));
            }
        }
        if (plain.size() != typed.size()) {
            problems.add(new SiteProblem(new RecordRef(decoder.records().typed().section(), typed.size(), typed.size() * (long) decoder.records().typed().size()),
                    typed.size() + " typed record(s) but " + plain.size() + " " + decoder.records().afterburn().section()
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

    private Site site(ElfFile elf, SiteRecord r, List<SiteProblem> ambiguous) throws BadSite, ElfFormatException {
        ElfSection s = r.section();
        int length = (int) r.length();
        byte[] code = elf.read(s, r.start(), length);
        Boolean code16 = modes.code16(s.name(), r.start());
        String where = String.format("site at %s+0x%x", s.name(), r.start());
        List<Reading> all = readings(elf, r, code).stream()
                .filter(x -> code16 == null || x.d().code16() == code16).toList();
        if (all.isEmpty()) {
            byte[] head = elf.read(s, r.start(), (int) Math.min(InstructionDecoder.MAX_LENGTH, s.size() - r.start()));
            throw new BadSite("bytes " + Hex.of(head, Math.min(head.length, 4))
                    + " do not start a sensitive instruction of the specs, nor padding before one"
                    + (code16 == null ? "" : code16 ? " (read as 16-bit code: --code16)" : " (read as 32-bit code)"));
        }
        Reading best = all.stream().min(preference(r, code)).orElseThrow();
        DecodedInstruction d = best.d();
        if (best.end() > length) {
            throw new BadSite(String.format("site %s+0x%x is %d bytes, shorter than its %d-byte %s instruction",
                    s.name(), r.start(), length, d.length(), d.form().name()));
        }
        // a site `rewrite --mode trap` overwrote reads as int3 whatever its record says: accepted
        boolean named = r.kind() != null && decoder.kindNames(r.kind(), d.form());
        boolean trapped = r.kind() != null && code[0] == (byte) 0xcc && d.length() == 1 && !named;
        if (r.kind() != null && !trapped && !named) {
            throw new BadSite(String.format("%s: recorded %s, decodes as %s%s (bytes %s)", where,
                    decoder.kindName(r.kind()), d.form().name(),
                    code16 == null ? "" : code16 ? " in 16-bit code (--code16)" : " in 32-bit code",
                    Hex.of(code, Math.min(code.length, d.length()))));
        }
        if (r.kind() == null && code16 == null) {
            String other = otherReading(all, best, code);
            if (other != null) {
                ambiguous.add(new SiteProblem(r.ref(), String.format("%s: decodes as %s in 32-bit code but as %s in"
                        + " 16-bit code; read as 32-bit code", where, describe(best), other)));
            }
        }
        if (r.kind() != null && !trapped && r.insnLength() != d.length()) {
            throw new BadSite(String.format("typed record says the %s instruction is %d bytes, but it decodes as %d",
                    d.form().name(), r.insnLength(), d.length()));
        }
        if (named && r.insnOffset() != best.offset()) {
            throw new BadSite(String.format("typed record puts the %s instruction at +%d, but it is at +%d",
                    d.form().name(), r.insnOffset(), best.offset()));
        }
        if (best.offset() == 0 && d.form().shadow() && d.length() < length) {
            throw new BadSite(String.format("%s holds interrupts for one instruction, but padding follows it"
                    + " (the shadow covers a NOP, not the next instruction)", d.form().name()));
        }
        if (best.offset() > 0 && best.end() != length) {
            throw new BadSite(String.format("%s site has padding on both sides of its instruction", d.form().name()));
        }
        int padFrom = best.offset() > 0 ? 0 : d.length();
        int padTo = best.offset() > 0 ? best.offset() : length;
        NopPadding.Result pad = padding.check(code, padFrom, padTo);
        if (!pad.valid()) {
            throw new BadSite(String.format("padding is not NOPs: byte 0x%02x at %s+0x%x (site %s+0x%x..0x%x: %s)",
                    code[pad.firstBad()] & 0xff, s.name(), r.start() + pad.firstBad(), s.name(), r.start(), r.end(),
                    Hex.of(code)));
        }
        Long address = elf.relocatable() ? null : s.addr() + r.start();
        byte[] insn = java.util.Arrays.copyOfRange(code, best.offset(), best.end());
        byte[] pads = java.util.Arrays.copyOfRange(code, padFrom, padTo);
        return new Site(r.ref(), s, r.start(), length, address, s.offset() + r.start(), insn, best.offset(), pads,
                d.form(), d.code16(), pad.executed(), pad.modes(), r.kind());
    }

    /**
     * Every reading of the site: an instruction at its start, or, for forms with an interrupt shadow, after
     * padding at its start (where the typed record says, or where the padding ends).
     */
    private List<Reading> readings(ElfFile elf, SiteRecord r, byte[] code) throws ElfFormatException {
        ElfSection s = r.section();
        List<Reading> out = new ArrayList<>();
        for (DecodedInstruction d : decoder.candidates(head(elf, s, r.start()))) {
            out.add(new Reading(0, d));
        }
        List<Integer> offsets = r.insnOffset() != null && r.insnOffset() > 0 ? List.of(r.insnOffset())
                : padding.ends(code, 0, code.length);
        for (int k : offsets) {
            if (k <= 0 || k >= code.length) {
                continue;
            }
            for (DecodedInstruction d : decoder.candidates(head(elf, s, r.start() + k))) {
                if (d.form().shadow()) {
                    out.add(new Reading(k, d));
                }
            }
        }
        return out;
    }

    /** The best valid 16-bit reading when it differs from the chosen 32-bit one (form or length), else null. */
    private String otherReading(List<Reading> all, Reading best, byte[] code) {
        if (best.d().code16()) {
            return null;
        }
        return all.stream().filter(x -> x.d().code16() && layoutValid(x, code))
                .filter(x -> x.d().form() != best.d().form() || x.d().length() != best.d().length()
                        || x.offset() != best.offset())
                .findFirst().map(SiteAnalyzer::describe).orElse(null);
    }

    private static String describe(Reading x) {
        return x.d().form().name() + " (" + x.d().length() + " bytes)";
    }

    private static byte[] head(ElfFile elf, ElfSection s, long at) throws ElfFormatException {
        return elf.read(s, at, (int) Math.min(InstructionDecoder.MAX_LENGTH, s.size() - at));
    }

    /** Best reading first: the typed record's kind, length and offset, then a valid layout, then 32-bit. */
    private Comparator<Reading> preference(SiteRecord r, byte[] code) {
        return Comparator.<Reading, Boolean>comparing(x -> r.kind() == null || !decoder.kindNames(r.kind(), x.d().form()))
                .thenComparing(x -> r.insnLength() == null || x.d().length() != r.insnLength())
                .thenComparing(x -> !layoutValid(x, code))
                .thenComparing(x -> x.d().code16());
    }

    private boolean layoutValid(Reading x, byte[] code) {
        if (x.end() > code.length) {
            return false;
        }
        if (x.offset() > 0) {
            return x.end() == code.length && padding.check(code, 0, x.offset()).valid();
        }
        return padding.check(code, x.d().length(), code.length).valid();
    }

    private static final class BadSite extends Exception {
        BadSite(String message) {
            super(message);
        }
    }
}
