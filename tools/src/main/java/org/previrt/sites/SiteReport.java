package org.previrt.sites;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.previrt.util.JsonWriter;

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
        JsonWriter w = new JsonWriter().beginObject().name("sites").beginArray();
        for (Entry e : entries) {
            Site s = e.site();
            w.newline(2).beginObject()
                    .field("file", e.file())
                    .field("record", s.ref().table() + "#" + s.ref().index())
                    .field("section", s.section().name())
                    .field("offset", s.offset())
                    .field("address", s.address())
                    .field("fileOffset", s.fileOffset())
                    .field("length", s.length())
                    .field("instruction", Hex.of(s.instruction()))
                    .field("family", s.form().family())
                    .field("form", s.form().name())
                    .field("kind", s.form().kind())
                    .field("recordedKind", s.recordedKind())
                    .field("code16", s.code16())
                    .field("padding", Hex.of(s.padding()))
                    .field("paddingBytes", s.paddingBytes())
                    .field("executedNops", s.executedNops())
                    .field("paddingNopsIn", s.paddingNopsIn())
                    .field("insnOffset", s.insnOffset())
                    .field("kernelSection", KernelSection.of(s.section().name()).tag())
                    .endObject();
        }
        if (!entries.isEmpty()) {
            w.newline(0);
        }
        SiteSummary sum = SiteSummary.of(entries.stream().map(Entry::site).toList());
        w.endArray().name("summary").beginObject().field("sites", sum.sites()).name("perFamily").beginObject();
        for (Map.Entry<String, Integer> f : sum.perFamily().entrySet()) {
            w.field(f.getKey(), f.getValue());
        }
        w.endObject().field("paddingBytes", sum.paddingBytes()).field("executedNops", sum.executedNops())
                .endObject().endObject();
        out.println(w);
    }
}
