package org.previrt.audit;

import java.io.PrintStream;
import java.util.List;

import org.previrt.util.JsonWriter;

/** The audit's output: a human summary or one JSON document, both in input order. */
public final class AuditReport {
    /** Findings listed per category and input in the human summary; JSON lists all. */
    static final int SHOWN = 20;

    private final List<InputResult> results;

    public AuditReport(List<InputResult> results) {
        this.results = List.copyOf(results);
    }

    public boolean ok() {
        return results.stream().allMatch(InputResult::ok);
    }

    public void printHuman(PrintStream out) {
        for (InputResult r : results) {
            out.printf("%s: %d sensitive, %d caught, %d missed, %d changed; %d sites, padding %d bytes in %d executed NOPs"
                    + ", code %d -> %d bytes; %d hole(s)%n", r.input(), r.sensitive(), r.caught(), r.missed().size(),
                    r.changed().size(), r.sites(), r.paddingBytes(), r.paddingNops(), r.stockCodeBytes(),
                    r.packCodeBytes(), r.holes());
            list(out, "missed", r.missed());
            list(out, "changed", r.changed());
            list(out, "note", r.unexpected());
        }
        Totals t = totals();
        out.printf("audit: %d input(s), %d/%d sensitive instructions caught (%s), %d missed, %d changed,"
                + " %d sites, padding %d bytes, %d executed NOPs, code +%d bytes; %d hole(s) (missed instructions"
                + " that run without trapping)%n", results.size(), t.caught, t.sensitive,
                percent(t.caught, t.sensitive), t.missed, t.changed, t.sites, t.padBytes, t.padNops, t.growth, t.holes);
    }

    private static void list(PrintStream out, String label, List<Finding> fs) {
        for (int k = 0; k < fs.size() && k < SHOWN; k++) {
            Finding f = fs.get(k);
            out.printf("  %-7s %s: %s%s%n", label, f.where(), f.insn().isEmpty() ? "" : f.insn() + ": ", f.why());
        }
        if (fs.size() > SHOWN) {
            out.printf("  %-7s ... %d more (see --json)%n", label, fs.size() - SHOWN);
        }
    }

    private static String percent(long a, long b) {
        return b == 0 ? "none found" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * a / b);
    }

    public void printJson(PrintStream out) {
        JsonWriter w = new JsonWriter().beginObject().newline(2).name("inputs").beginArray();
        for (InputResult r : results) {
            w.newline(4).beginObject().field("input", r.input())
                    .field("ok", r.ok())
                    .field("sensitive", r.sensitive())
                    .field("caught", r.caught())
                    .field("holes", r.holes())
                    .field("sites", r.sites())
                    .field("paddingBytes", r.paddingBytes())
                    .field("paddingNops", r.paddingNops())
                    .field("stockCodeBytes", r.stockCodeBytes())
                    .field("packCodeBytes", r.packCodeBytes());
            findings(w.newline(5).name("missed"), r.missed());
            findings(w.newline(5).name("changed"), r.changed());
            findings(w.newline(5).name("notes"), r.unexpected());
            w.endObject();
        }
        if (!results.isEmpty()) {
            w.newline(2);
        }
        Totals t = totals();
        w.endArray().newline(2).name("total").beginObject().field("inputs", results.size())
                .field("sensitive", t.sensitive).field("caught", t.caught)
                .field("missed", t.missed).field("holes", t.holes)
                .field("changed", t.changed)
                .field("sites", t.sites).field("paddingBytes", t.padBytes)
                .field("paddingNops", t.padNops).field("codeGrowthBytes", t.growth)
                .endObject().newline(2).field("ok", ok()).newline(0).endObject();
        out.println(w);
    }

    private static void findings(JsonWriter w, List<Finding> fs) {
        w.beginArray();
        for (Finding f : fs) {
            w.beginObject().field("section", f.section())
                    .field("stockOffset", f.stockOff())
                    .field("packOffset", f.packOff())
                    .field("insn", f.insn())
                    .field("why", f.why()).endObject();
        }
        w.endArray();
    }

    private record Totals(long sensitive, long caught, long missed, long changed, long sites, long padBytes,
                          long padNops, long growth, long holes) {
    }

    private Totals totals() {
        long[] v = new long[9];
        for (InputResult r : results) {
            v[0] += r.sensitive();
            v[1] += r.caught();
            v[2] += r.missed().size();
            v[3] += r.changed().size();
            v[4] += r.sites();
            v[5] += r.paddingBytes();
            v[6] += r.paddingNops();
            v[7] += r.packCodeBytes() - r.stockCodeBytes();
            v[8] += r.holes();
        }
        return new Totals(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
    }
}
