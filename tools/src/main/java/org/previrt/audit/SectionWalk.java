package org.previrt.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lines up the instructions of one code section of the stock and the pack object. A site is the
 * stock instruction followed by padding; NOP runs on either side that end on an alignment boundary
 * are alignment fill, whose length legitimately changes once code before it grows. Every other
 * instruction is paired one to one.
 */
final class SectionWalk {
    record Pair(Insn stock, Insn pack, Site site) {
    }

    final String name;
    final List<Insn> stock;
    final List<Insn> pack;
    final long stockSize;
    final long packSize;
    /** Stock offset of every paired instruction → its pack offset. */
    final TreeMap<Long, Long> map = new TreeMap<>();
    final List<Pair> pairs = new ArrayList<>();
    /** Stock offset of a site's instruction → the site. */
    final Map<Long, Site> siteAt = new TreeMap<>();
    /** Stock offsets whose site starts after a prefix of the instruction (a separate {@code rep;}). */
    final Set<Long> prefixOutside = new HashSet<>();
    final List<Finding> changed = new ArrayList<>();
    long paddingBytes;
    long paddingNops;

    private final Map<Long, Integer> packIndex = new HashMap<>();
    private final Map<Long, Integer> stockIndex = new HashMap<>();
    /** Where the pack's sites start: fill never runs into one (a front-padded site begins with NOPs). */
    private final java.util.TreeSet<Long> siteStarts = new java.util.TreeSet<>();

    private final byte[] stockBytes;
    private final byte[] packBytes;
    /** Where alignment fill may end: gcc aligns code to 4, 8 or 16, never beyond the section's own. */
    private final int fillAlign;

    SectionWalk(String name, List<Insn> stock, List<Insn> pack, long stockSize, long packSize, List<Site> sites,
                byte[] stockBytes, byte[] packBytes, int sectionAlign) {
        this.name = name;
        this.stock = stock;
        this.pack = pack;
        this.stockSize = stockSize;
        this.packSize = packSize;
        this.stockBytes = stockBytes;
        this.packBytes = packBytes;
        this.fillAlign = Math.max(1, Math.min(4, sectionAlign));
        for (int k = 0; k < pack.size(); k++) {
            packIndex.put(pack.get(k).off(), k);
        }
        for (int k = 0; k < stock.size(); k++) {
            stockIndex.put(stock.get(k).off(), k);
        }
        for (Site x : sites) {
            siteStarts.add(x.start());
        }
        walk(sites);
    }

    private void walk(List<Site> sites) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < stock.size() || j < pack.size() || k < sites.size()) {
            Site site = k < sites.size() ? sites.get(k) : null;
            Insn p = j < pack.size() ? pack.get(j) : null;
            boolean atSite = site != null && (p == null || site.start() < p.end());
            int fs = fillRun(stock, i, Long.MAX_VALUE);
            int fp = atSite ? 0 : fillRun(pack, j, site == null ? Long.MAX_VALUE : site.start());
            if (fs > 0 || fp > 0) {
                checkFill(i, fs, j, fp);
                i += fs;
                j += fp;
                continue;
            }
            if (atSite) {
                if (p == null || site.start() < p.off()) {
                    changed.add(new Finding(name, -1, site.start(), "", "site record does not start on an instruction"));
                    k++;
                    continue;
                }
                if (i >= stock.size()) {
                    changed.add(new Finding(name, -1, p.off(), p.text(), "site with no stock instruction"));
                    k++;
                    j = pack.size();
                    continue;
                }
                int last = shadowInstruction(j, site);
                boolean front = last > j;
                if (front) {
                    // padding first (a form with an interrupt shadow): the site ends with its instruction
                    countPadding(j, last, site);
                    j = last;
                    p = pack.get(j);
                }
                Insn s = stock.get(i++);
                // a label on a front-padded instruction is the site start in the pack object (padding
                // first): branches to it and pointers at it must land there, not on the instruction
                map.put(s.off(), front ? site.start() : p.off());
                pairs.add(new Pair(s, p, site));
                siteAt.put(s.off(), site);
                if (site.start() > p.off()) {
                    prefixOutside.add(s.off());
                }
                j = padding(j, site);
                k++;
                continue;
            }
            if (i < stock.size() && p != null) {
                Insn s = stock.get(i++);
                j++;
                map.put(s.off(), p.off());
                pairs.add(new Pair(s, p, null));
            } else if (p != null) {
                changed.add(new Finding(name, -1, p.off(), p.text(), "instruction only in the pack object"));
                j++;
            } else if (i < stock.size()) {
                Insn s = stock.get(i++);
                changed.add(new Finding(name, s.off(), -1, s.text(), "instruction missing from the pack object"));
            }
        }
    }

    /**
     * Instructions in the run of fill units starting at {@code idx} (0 when none or past the end); a unit
     * starting at {@code limit} or later (the next site) is not fill.
     */
    private static int fillRun(List<Insn> list, int idx, long limit) {
        int n = 0;
        while (idx + n < list.size() && list.get(idx + n).off() < limit && fill(list, idx + n) > 0) {
            n += fill(list, idx + n);
        }
        return n;
    }

    /**
     * Fill that differs between the objects is alignment only if it ends on an alignment boundary;
     * a NOP added anywhere else is a change like any other byte.
     */
    private void checkFill(int i, int fs, int j, int fp) {
        long s0 = fs > 0 ? stock.get(i).off() : -1;
        long s1 = fs > 0 ? (i + fs < stock.size() ? stock.get(i + fs).off() : stockSize) : -1;
        long p0 = fp > 0 ? pack.get(j).off() : -1;
        long p1 = fp > 0 ? (j + fp < pack.size() ? pack.get(j + fp).off() : packSize) : -1;
        if (fs > 0 && fp > 0 && s1 - s0 == p1 - p0 && java.util.Arrays.equals(stockBytes, (int) s0, (int) s1,
                packBytes, (int) p0, (int) p1)) {
            return;
        }
        // alignment fill directly followed by NOPs of the code itself (Linux's ALTERNATIVE pads its
        // original with .skip N,0x90): objdump shows one run, but only the part before the NOPs both
        // runs end with is alignment; it passes if some such split ends both parts on a boundary
        for (int c = 1; c <= fs && c <= fp && sameBytes(stock.get(i + fs - c), stockBytes, pack.get(j + fp - c),
                packBytes); c++) {
            // c: the NOPs of the code; an empty rest is no alignment at all, which is fine
            if ((c == fs || stock.get(i + fs - c).off() % fillAlign == 0)
                    && (c == fp || pack.get(j + fp - c).off() % fillAlign == 0)) {
                return;
            }
        }
        if (fs > 0 && s1 % fillAlign != 0) {
            changed.add(new Finding(name, s0, -1, stock.get(i).text(),
                    "NOPs that end on no alignment boundary differ from the pack object"));
        }
        if (fp > 0 && p1 % fillAlign != 0) {
            changed.add(new Finding(name, -1, p0, pack.get(j).text(), "NOPs added where no alignment asks for them"));
        }
    }

    private static boolean sameBytes(Insn a, byte[] ab, Insn b, byte[] bb) {
        return a.len() == b.len() && java.util.Arrays.equals(ab, (int) a.off(), (int) a.end(), bb, (int) b.off(),
                (int) b.end());
    }

    /**
     * When the site at pack index {@code j} starts with padding (a NOP, or a jmp inside the site) and its
     * last instruction ends exactly at the site end, the index of that last instruction; else {@code j}.
     */
    private int shadowInstruction(int j, Site site) {
        Insn first = pack.get(j);
        long t = first.isJmp() ? first.branchTarget() : -1;
        if (!first.isNop() && !(t > first.end() && t < site.end())) {
            return j;
        }
        int last = j;
        while (last + 1 < pack.size() && pack.get(last + 1).off() < site.end()) {
            last++;
        }
        return last > j && pack.get(last).end() == site.end() && !pack.get(last).isNop() ? last : j;
    }

    /** Counts the padding instructions [from, to) in front of a site's instruction as the CPU runs them. */
    private void countPadding(int from, int to, Site site) {
        paddingBytes += pack.get(to).off() - site.start();
        long pc = site.start();
        for (int q = from; q < to; q++) {
            pc = step(pack.get(q), pc);
        }
    }

    /**
     * One padding instruction as the CPU runs through it: counted when it is where {@code pc} is, and then
     * {@code pc} moves past it, or to the target of a jmp over the rest. Returns the new {@code pc}.
     */
    private long step(Insn ins, long pc) {
        if (ins.off() != pc) {
            return pc;
        }
        paddingNops++;
        long t = ins.isJmp() ? ins.branchTarget() : -1;
        return t > ins.off() ? t : ins.end();
    }

    /** Consumes the padding after the site instruction at {@code j}; counts bytes and executed NOPs. */
    private int padding(int j, Site site) {
        Insn ins = pack.get(j);
        if (ins.end() > site.end()) {
            changed.add(new Finding(name, -1, ins.off(), ins.text(), "instruction longer than its site"));
        }
        paddingBytes += Math.max(0, site.end() - ins.end());
        long pc = ins.end();
        j++;
        while (j < pack.size() && pack.get(j).off() < site.end()) {
            Insn q = pack.get(j);
            if (q.end() > site.end()) {
                changed.add(new Finding(name, -1, q.off(), q.text(), "padding runs past the end of its site"));
            }
            pc = step(q, pc);
            j++;
        }
        return j;
    }

    /** Instructions in the fill unit at {@code idx}: a NOP, or a jmp over NOPs; 0 when none. */
    private static int fill(List<Insn> list, int idx) {
        if (idx >= list.size()) {
            return 0;
        }
        Insn q = list.get(idx);
        if (q.isNop()) {
            return 1;
        }
        long t = q.isJmp() ? q.branchTarget() : -1;
        if (t <= q.end()) {
            return 0;
        }
        int n = 1;
        while (idx + n < list.size() && list.get(idx + n).off() < t) {
            if (!list.get(idx + n).isNop()) {
                return 0;
            }
            n++;
        }
        boolean lands = idx + n < list.size() ? list.get(idx + n).off() == t : t == list.get(list.size() - 1).end();
        return lands && n > 1 ? n : 0;
    }

    /** Whether stock offset {@code a} and pack offset {@code b} name the same place in this section. */
    boolean sameLocation(long a, long b) {
        if (a == stockSize) {
            return b == packSize;
        }
        Long m = map.get(a);
        if (m != null) {
            return m == b;
        }
        if (stockIndex.containsKey(a)) {
            // a NOP the walk skipped: both sides must run through fill to the same instruction
            Long next = map.ceilingKey(a);
            long expected = next == null ? packSize : map.get(next);
            return skipPackFill(b) == expected;
        }
        Map.Entry<Long, Long> e = map.floorEntry(a);
        return e == null ? a == b : e.getValue() + (a - e.getKey()) == b;
    }

    private long skipPackFill(long b) {
        Integer idx = packIndex.get(b);
        if (idx == null) {
            return b;
        }
        int x = idx;
        Long limit = siteStarts.ceiling(b);
        while (x < pack.size() && (limit == null || pack.get(x).off() < limit) && fill(pack, x) > 0) {
            x += fill(pack, x);
        }
        return x < pack.size() ? pack.get(x).off() : packSize;
    }
}
