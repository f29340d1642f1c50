package org.previrt.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.previrt.spec.model.Form;

/**
 * Compares a stock object with the object the pack produced: which sensitive instructions got a
 * site, and which bytes outside sites changed. Relocated fields are compared by what they point
 * at (an addend into a code section moves with the padding), direct branches by their target.
 */
final class ObjectComparer {
    /** Allocated sections whose bytes legitimately change: FDE address ranges grow with the code. */
    static final List<String> SKIPPED = List.of(".eh_frame");
    static final String ALTINSTRUCTIONS = ".altinstructions";
    /** Size of Linux 6.1's {@code struct alt_instr} and where its two length bytes are. */
    private static final int ALT_SIZE = 12;
    private static final int ALT_LENGTHS = 10;

    private final ObjectDump stock;
    private final ObjectDump pack;
    private final SensitiveMatcher matcher;
    private final Map<String, SectionWalk> walks = new TreeMap<>();
    private final List<Finding> changed = new ArrayList<>();

    ObjectComparer(ObjectDump stock, ObjectDump pack, SensitiveMatcher matcher) {
        this.stock = stock;
        this.pack = pack;
        this.matcher = matcher;
    }

    InputResult compare(String input) throws AuditException {
        List<Site> sites = pack.sites();
        for (ObjectDump.Section s : stock.sections.values()) {
            ObjectDump.Section p = pack.sections.get(s.name());
            if (s.alloc() && p == null) {
                changed.add(new Finding(s.name(), 0, -1, "", "section missing from the pack object"));
            } else if (s.code() && p != null) {
                List<Site> own = sites.stream().filter(x -> x.section().equals(s.name())).toList();
                walks.put(s.name(), new SectionWalk(s.name(), stock.insnsOf(s.name()), pack.insnsOf(s.name()),
                        s.size(), p.size(), own, stock.bytesOf(s.name()), pack.bytesOf(s.name()), s.align()));
            }
        }
        for (ObjectDump.Section p : pack.sections.values()) {
            if (p.alloc() && !stock.sections.containsKey(p.name())) {
                changed.add(new Finding(p.name(), -1, 0, "", "section only in the pack object"));
            }
        }
        for (Site x : sites) {
            if (!walks.containsKey(x.section())) {
                changed.add(new Finding(x.section(), -1, x.start(), "", "site outside the code sections"));
            }
        }
        for (SectionWalk w : walks.values()) {
            changed.addAll(w.changed);
            for (SectionWalk.Pair pr : w.pairs) {
                comparePair(w, pr.stock(), pr.pack());
            }
        }
        for (ObjectDump.Section s : stock.sections.values()) {
            ObjectDump.Section p = pack.sections.get(s.name());
            if (p != null && s.alloc() && !s.code() && s.contents() && !SKIPPED.contains(s.name())) {
                compareData(s, p);
            }
        }
        return result(input, sites.size());
    }

    private InputResult result(String input, int siteCount) {
        List<Finding> missed = new ArrayList<>();
        List<Finding> unexpected = new ArrayList<>();
        int sensitive = 0;
        int caught = 0;
        int holes = 0;
        long padBytes = 0;
        long padNops = 0;
        long stockCode = 0;
        long packCode = 0;
        for (SectionWalk w : walks.values()) {
            padBytes += w.paddingBytes;
            padNops += w.paddingNops;
            stockCode += w.stockSize;
            packCode += w.packSize;
            for (Insn s : w.stock) {
                Form f = matcher.match(s, stock.bytesOf(w.name));
                Site site = w.siteAt.get(s.off());
                if (f == null) {
                    if (site != null) {
                        unexpected.add(new Finding(w.name, s.off(), site.start(), s.text(),
                                "site around an instruction the specs do not call sensitive"));
                    }
                    continue;
                }
                if (!f.isSite() && site == null) {
                    // a trap the specs leave unpadded on purpose (not-a-site): nothing to catch
                    continue;
                }
                sensitive++;
                boolean hole = f.privilege() != org.previrt.spec.model.Privilege.PRIVILEGED;
                if (site == null) {
                    missed.add(new Finding(w.name, s.off(), -1, s.text(), f.name() + " without a site"
                            + (hole ? " (a hole: " + f.privilege().spelling() + ", runs without trapping)"
                                    : " (privileged: traps when deprivileged)")));
                    holes += hole ? 1 : 0;
                } else if (w.prefixOutside.contains(s.off())) {
                    missed.add(new Finding(w.name, s.off(), site.start(), s.text(),
                            f.name() + ": the site starts after the prefix (write the prefix on the same line)"));
                } else {
                    caught++;
                }
            }
        }
        return new InputResult(input, sensitive, siteCount, caught, missed, List.copyOf(changed), unexpected,
                padBytes, padNops, stockCode, packCode, holes);
    }

    private void comparePair(SectionWalk w, Insn s, Insn p) {
        TreeMap<Long, Reloc> sr = new TreeMap<>(stock.relocsOf(w.name).subMap(s.off(), s.end()));
        TreeMap<Long, Reloc> pr = new TreeMap<>(pack.relocsOf(w.name).subMap(p.off(), p.end()));
        long target = s.branchTarget();
        if (target >= 0 && sr.isEmpty() && pr.isEmpty()) {
            // rel8/rel32 bytes change with the padding (and a jump may grow); the target must not
            if (!s.opcodeText().equals(p.opcodeText()) || p.branchTarget() < 0) {
                changed.add(differs(w.name, s, p, "branch differs"));
            } else if (!w.sameLocation(target, p.branchTarget())) {
                changed.add(differs(w.name, s, p, "branch target moved"));
            }
            return;
        }
        if (s.len() != p.len()) {
            changed.add(differs(w.name, s, p, "instruction length differs"));
            return;
        }
        byte[] sb = stock.bytesOf(w.name);
        byte[] pb = pack.bytesOf(w.name);
        String why = compareRange(sb, s.off(), sr, s.end(), pb, p.off(), pr, p.end(), s.len());
        if (why != null) {
            changed.add(differs(w.name, s, p, why));
        }
    }

    private void compareData(ObjectDump.Section s, ObjectDump.Section p) {
        if (s.size() != p.size()) {
            changed.add(new Finding(s.name(), 0, 0, "", "size differs: " + s.size() + " stock, " + p.size() + " pack"));
            return;
        }
        byte[] pb = pack.bytesOf(s.name());
        if (s.name().equals(ALTINSTRUCTIONS)) {
            pb = alternativeLengths(stock.bytesOf(s.name()), pb);
        }
        String why = compareRange(stock.bytesOf(s.name()), 0, stock.relocsOf(s.name()), -1,
                pb, 0, pack.relocsOf(s.name()), -1, s.size());
        if (why != null) {
            changed.add(new Finding(s.name(), 0, 0, "", why));
        }
    }

    /**
     * Linux's ALTERNATIVE records (6.1 {@code struct alt_instr}: {@code .long orig - .}, {@code .long
     * repl - .}, {@code .word cpuid}, {@code .byte origlen, repllen}) hold the lengths of two code ranges as
     * label differences, which grow with the sites inside. A pack length byte that differs is taken as
     * equal when it ends its range at the same place in the pack object as the stock byte does in the
     * stock one; the copy returned has the stock value there, any other difference stays.
     */
    private byte[] alternativeLengths(byte[] sb, byte[] pb) {
        if (sb.length != pb.length || sb.length % ALT_SIZE != 0) {
            return pb;
        }
        byte[] out = pb.clone();
        TreeMap<Long, Reloc> sr = stock.relocsOf(ALTINSTRUCTIONS);
        TreeMap<Long, Reloc> pr = pack.relocsOf(ALTINSTRUCTIONS);
        for (int e = 0; e < sb.length; e += ALT_SIZE) {
            for (int f = 0; f < 2; f++) {
                int len = e + ALT_LENGTHS + f;
                Reloc a = sr.get((long) e + 4L * f);
                Reloc b = pr.get((long) e + 4L * f);
                if (sb[len] == pb[len] || a == null || b == null || !a.symbol().equals(b.symbol())) {
                    continue;
                }
                SectionWalk w = walks.get(a.symbol());
                long from = a.addend(sb);
                if (w != null && w.sameLocation(from, b.addend(pb))
                        && w.sameLocation(from + (sb[len] & 0xff), b.addend(pb) + (pb[len] & 0xff))) {
                    out[len] = sb[len];
                }
            }
        }
        return out;
    }

    /**
     * Compares {@code len} bytes at {@code so} (stock) and {@code po} (pack): relocated fields by
     * their relocation, every other byte as is. {@code sEnd}/{@code pEnd}: end of the instruction,
     * for PC-relative addends (-1 in data).
     */
    private String compareRange(byte[] sb, long so, TreeMap<Long, Reloc> sr, long sEnd,
                                byte[] pb, long po, TreeMap<Long, Reloc> pr, long pEnd, long len) {
        boolean[] masked = new boolean[(int) len];
        for (Reloc a : sr.subMap(so, so + len).values()) {
            long rel = a.off() - so;
            Reloc b = pr.get(po + rel);
            if (b == null || !a.type().equals(b.type()) || !a.symbol().equals(b.symbol())) {
                return String.format("relocation at +0x%x: stock %s %s, pack %s", rel, a.type(), a.symbol(),
                        b == null ? "none" : b.type() + " " + b.symbol());
            }
            long x = a.addend(sb);
            long y = b.addend(pb);
            SectionWalk tw = walks.get(a.symbol());
            long dx = a.pcRelative() && sEnd >= 0 ? sEnd - a.off() : 0;
            long dy = b.pcRelative() && pEnd >= 0 ? pEnd - b.off() : 0;
            boolean same = tw == null ? x == y : tw.sameLocation(x + dx, y + dy);
            if (!same) {
                return String.format("relocation at +0x%x against %s points elsewhere (addend 0x%x stock, 0x%x pack)",
                        rel, a.symbol(), x, y);
            }
            for (int k = 0; k < a.size() && rel + k < len; k++) {
                masked[(int) rel + k] = true;
            }
        }
        for (Reloc b : pr.subMap(po, po + len).values()) {
            if (!sr.containsKey(so + (b.off() - po))) {
                return String.format("relocation at +0x%x only in the pack object", b.off() - po);
            }
        }
        for (int k = 0; k < len; k++) {
            if (!masked[k] && sb[(int) so + k] != pb[(int) po + k]) {
                return String.format("byte +0x%x: 0x%02x stock, 0x%02x pack", k, sb[(int) so + k] & 0xff,
                        pb[(int) po + k] & 0xff);
            }
        }
        return null;
    }

    private static Finding differs(String section, Insn s, Insn p, String why) {
        return new Finding(section, s.off(), p.off(), s.text(), why + " (pack: " + p.text() + ")");
    }
}
