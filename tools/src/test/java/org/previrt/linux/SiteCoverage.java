package org.previrt.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.previrt.spec.model.Form;

/**
 * Check (a) of the Linux test: an objdump decode of the stock build, matched against the specs'
 * spellings, counts the sensitive instructions of every function; the afterburned build must have at
 * least as many inside records in the function of the same name, and none of its own outside a record
 * (a record must hold the whole instruction, prefixes included). Forms the specs mark {@code not-a-site}
 * (int3, into, int1: also alignment fill and signatures) are not counted.
 */
final class SiteCoverage {
    /**
     * Linux 6.1 writes these as {@code .byte} (smap.h, mwait.h): no pack sees them; the
     * patched as makes such a statement a site when its bytes are exactly one sensitive form.
     */
    static final Set<String> WRITTEN_AS_BYTES = Set.of("clac", "stac", "monitor", "mwait", "monitorx", "mwaitx");

    /**
     * {@code prefixOutside}: instructions whose record starts after their prefix bytes (a prefix written as
     * a statement of its own, `rep; outsb`): the macro packs' limit. {@code shortWithPrefixOutside}: the
     * functions still short when those count as sites.
     */
    record Result(int sensitive, int functions, int covered, Map<String, Integer> writtenAsBytes,
            List<String> outside, List<String> shortFunctions, List<String> prefixOutside,
            List<String> shortWithPrefixOutside) {
        boolean ok() {
            return outside.isEmpty() && shortFunctions.isEmpty();
        }

        /** ok but for sites that start after a prefix statement. */
        boolean okButPrefixStatements() {
            return outside.size() == prefixOutside.size() && shortWithPrefixOutside.isEmpty();
        }
    }

    private SiteCoverage() {
    }

    /**
     * {@code bytesAreSites}: the route makes {@code .byte} instructions sites (the patched as), so the
     * {@link #WRITTEN_AS_BYTES} forms are required like any other; otherwise they are only counted.
     */
    static Result run(SensitiveSpelling spelling, Disassembly stock, Disassembly built, SiteRecords records,
            boolean bytesAreSites) {
        Map<String, Integer> want = new TreeMap<>();
        Map<String, Integer> asBytes = new TreeMap<>();
        int total = 0;
        for (Disassembly.Insn i : stock.insns()) {
            Form f = spelling.match(i);
            if (f == null || !f.isSite()) { // the spec's not-a-site (int3, into, int1)
                continue;
            }
            if (WRITTEN_AS_BYTES.contains(f.name())) {
                asBytes.merge(f.name(), 1, Integer::sum);
                if (!bytesAreSites) {
                    continue;
                }
            }
            want.merge(i.function(), 1, Integer::sum);
            total++;
        }
        Map<String, Integer> got = new TreeMap<>();
        Map<String, Integer> afterPrefix = new TreeMap<>();
        List<String> outside = new ArrayList<>();
        List<String> prefixOutside = new ArrayList<>();
        for (Disassembly.Insn i : built.insns()) {
            Form f = spelling.match(i);
            if (f == null || !f.isSite() || (!bytesAreSites && WRITTEN_AS_BYTES.contains(f.name()))) {
                continue;
            }
            if (records.covering(i.addr(), i.end()).isPresent()) {
                got.merge(i.function(), 1, Integer::sum);
            } else {
                String where = String.format("%s <%s> %08x %s", i.section(), i.function(), i.addr(), i.text().trim());
                outside.add(where);
                for (int k = 1; k <= 3 && i.addr() + k < i.end(); k++) {
                    long from = i.addr() + k;
                    if (records.covering(from, i.end()).filter(r -> r.start() == from).isPresent()
                            && i.text().trim().matches("(?i)(rep[a-z]*|lock|[c-gs]s|data16|addr16) .*")) {
                        prefixOutside.add(where);
                        afterPrefix.merge(i.function(), 1, Integer::sum);
                        break;
                    }
                }
            }
        }
        List<String> shortFns = new ArrayList<>();
        List<String> shortLenient = new ArrayList<>();
        want.forEach((fn, n) -> {
            int g = got.getOrDefault(fn, 0);
            if (g < n) {
                shortFns.add(fn + ": " + n + " in stock, " + g + " in sites");
            }
            if (g + afterPrefix.getOrDefault(fn, 0) < n) {
                shortLenient.add(fn + ": " + n + " in stock, " + g + " in sites");
            }
        });
        int covered = got.values().stream().mapToInt(Integer::intValue).sum();
        return new Result(total, want.size(), covered, asBytes, outside, shortFns, prefixOutside, shortLenient);
    }
}
