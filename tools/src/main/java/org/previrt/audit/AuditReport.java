package org.previrt.audit;

import java.io.PrintStream;
import java.util.List;

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
        StringBuilder sb = new StringBuilder("{\n  \"inputs\": [");
        for (int k = 0; k < results.size(); k++) {
            InputResult r = results.get(k);
            sb.append(k == 0 ? "\n" : ",\n").append("    {\"input\": ").append(str(r.input()))
                    .append(", \"ok\": ").append(r.ok())
                    .append(", \"sensitive\": ").append(r.sensitive())
                    .append(", \"caught\": ").append(r.caught())
                    .append(", \"holes\": ").append(r.holes())
                    .append(", \"sites\": ").append(r.sites())
                    .append(", \"paddingBytes\": ").append(r.paddingBytes())
                    .append(", \"paddingNops\": ").append(r.paddingNops())
                    .append(", \"stockCodeBytes\": ").append(r.stockCodeBytes())
                    .append(", \"packCodeBytes\": ").append(r.packCodeBytes())
                    .append(",\n     \"missed\": ").append(findings(r.missed()))
                    .append(",\n     \"changed\": ").append(findings(r.changed()))
                    .append(",\n     \"notes\": ").append(findings(r.unexpected())).append('}');
        }
        Totals t = totals();
        sb.append(results.isEmpty() ? "]" : "\n  ]").append(",\n  \"total\": {\"inputs\": ").append(results.size())
                .append(", \"sensitive\": ").append(t.sensitive).append(", \"caught\": ").append(t.caught)
                .append(", \"missed\": ").append(t.missed).append(", \"holes\": ").append(t.holes)
                .append(", \"changed\": ").append(t.changed)
                .append(", \"sites\": ").append(t.sites).append(", \"paddingBytes\": ").append(t.padBytes)
                .append(", \"paddingNops\": ").append(t.padNops).append(", \"codeGrowthBytes\": ").append(t.growth)
                .append("},\n  \"ok\": ").append(ok()).append("\n}");
        out.println(sb);
    }

    private static String findings(List<Finding> fs) {
        StringBuilder sb = new StringBuilder("[");
        for (int k = 0; k < fs.size(); k++) {
            Finding f = fs.get(k);
            sb.append(k == 0 ? "" : ", ").append("{\"section\": ").append(str(f.section()))
                    .append(", \"stockOffset\": ").append(f.stockOff())
                    .append(", \"packOffset\": ").append(f.packOff())
                    .append(", \"insn\": ").append(str(f.insn()))
                    .append(", \"why\": ").append(str(f.why())).append('}');
        }
        return sb.append(']').toString();
    }

    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
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
