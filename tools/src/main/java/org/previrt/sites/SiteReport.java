package org.previrt.sites;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints sites as a table with a summary line, or as one JSON object. */
public final class SiteReport {
    /** A site together with the file it came from. */
    public record Entry(String file, Site site) {
    }

    private SiteReport() {
    }

    public static void table(List<Entry> entries, PrintStream out) {
        String fmt = "%-20s %-10s %-16s %4s %-24s %-18s %-14s %-6s %3s %4s %5s %s%n";
        out.printf(fmt, "FILE", "ADDRESS", "SECTION+OFFSET", "LEN", "INSTRUCTION", "FAMILY", "FORM", "KIND", "PAD",
                "NOPS", "NOPIN", "KERNEL");
        for (Entry e : entries) {
            Site s = e.site();
            String form = s.form().name() + (s.code16() ? "/16" : "");
            out.printf(fmt, e.file(), s.address() == null ? "-" : String.format("0x%08x", s.address()), s.section().name() + "+0x" + Long.toHexString(s.offset()),
                    s.length(), Hex.of(s.instruction()), s.form().family(), form,
                    s.form().kindHex(), s.paddingBytes(), s.executedNops(), s.paddingNopsIn(),
                    KernelSection.of(s.section().name()).tag());
        }
        SiteSummary sum = SiteSummary.of(entries.stream().map(Entry::site).toList());
        StringBuilder fams = new StringBuilder();
        for (Map.Entry<String, Integer> f : sum.perFamily().entrySet()) {
            fams.append(fams.length() == 0 ? "" : ", ").append(f.getKey()).append(' ').append(f.getValue());
        }
        out.printf("%d site(s)%s; %d padding byte(s); %d NOP instruction(s) executed on bare hardware%n", sum.sites(),
                fams.length() == 0 ? "" : " (" + fams + ")", sum.paddingBytes(), sum.executedNops());
    }

    public static void json(List<Entry> entries, PrintStream out) {
        StringBuilder sb = new StringBuilder("{\"sites\": [");
        for (int i = 0; i < entries.size(); i++) {
            Site s = entries.get(i).site();
            sb.append(i == 0 ? "\n  " : ",\n  ").append('{');
            field(sb, "file", str(entries.get(i).file()));
            field(sb, "record", str(s.ref().table() + "#" + s.ref().index()));
            field(sb, "section", str(s.section().name()));
            field(sb, "offset", Long.toString(s.offset()));
            field(sb, "address", s.address() == null ? "null" : Long.toString(s.address()));
            field(sb, "fileOffset", Long.toString(s.fileOffset()));
            field(sb, "length", Integer.toString(s.length()));
            field(sb, "instruction", str(Hex.of(s.instruction())));
            field(sb, "family", str(s.form().family()));
            field(sb, "form", str(s.form().name()));
            field(sb, "kind", Integer.toString(s.form().kind()));
            field(sb, "recordedKind", s.recordedKind() == null ? "null" : Integer.toString(s.recordedKind()));
            field(sb, "code16", Boolean.toString(s.code16()));
            field(sb, "padding", str(Hex.of(s.padding())));
            field(sb, "paddingBytes", Integer.toString(s.paddingBytes()));
            field(sb, "executedNops", Integer.toString(s.executedNops()));
            field(sb, "paddingNopsIn", str(s.paddingNopsIn()));
            field(sb, "insnOffset", Integer.toString(s.insnOffset()));
            field(sb, "kernelSection", str(KernelSection.of(s.section().name()).tag()));
            sb.setLength(sb.length() - 2);
            sb.append('}');
        }
        SiteSummary sum = SiteSummary.of(entries.stream().map(Entry::site).toList());
        sb.append(entries.isEmpty() ? "" : "\n").append("], \"summary\": {");
        field(sb, "sites", Integer.toString(sum.sites()));
        StringBuilder fams = new StringBuilder("{");
        for (Map.Entry<String, Integer> f : sum.perFamily().entrySet()) {
            field(fams, f.getKey(), f.getValue().toString());
        }
        if (fams.length() > 1) {
            fams.setLength(fams.length() - 2);
        }
        field(sb, "perFamily", fams.append('}').toString());
        field(sb, "paddingBytes", Long.toString(sum.paddingBytes()));
        field(sb, "executedNops", Long.toString(sum.executedNops()));
        sb.setLength(sb.length() - 2);
        out.println(sb.append("}}"));
    }

    private static void field(StringBuilder sb, String name, String jsonValue) {
        sb.append(str(name)).append(": ").append(jsonValue).append(", ");
    }

    private static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
