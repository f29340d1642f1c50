package org.previrt.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.model.RecordLayouts;
import org.previrt.util.ProcessRunner;


/**
 * An i386 object file as objdump shows it: sections, their bytes, the instructions of the code
 * sections and the relocations. Everything comes from objdump's text, not from our own ELF reader,
 * so the audit decodes independently of the pack.
 */
final class ObjectDump {
    record Section(String name, int size, int align, boolean code, boolean alloc, boolean contents) {
    }

    private static final Pattern HEADER = Pattern.compile("\\s*\\d+\\s+(\\S+)\\s+([0-9a-f]+)\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+2\\*\\*(\\d+)");
    private static final Pattern INSN = Pattern.compile(" *([0-9a-f]+):\t(.*)");
    private static final Pattern CONTENTS = Pattern.compile("Contents of section (.+):");
    /** The first contents block of a {@code -h -r -s} run: headers and relocations come before it. */
    private static final Pattern FIRST_CONTENTS = Pattern.compile("^" + CONTENTS.pattern() + "$", Pattern.MULTILINE);
    private static final Pattern DISASSEMBLY = Pattern.compile("Disassembly of section (.+):");
    private static final Pattern RELOCS = Pattern.compile("RELOCATION RECORDS FOR \\[(.+)\\]:");

    final Map<String, Section> sections = new LinkedHashMap<>();
    final Map<String, byte[]> bytes = new TreeMap<>();
    final Map<String, List<Insn>> insns = new TreeMap<>();
    /** Which input and which of its objects, for error messages. */
    private String label = "";
    final Map<String, TreeMap<Long, Reloc>> relocs = new TreeMap<>();

    /** The spec's vocabulary: objdump's prefix words and the {@code .afterburn} layout. */
    private final IsaSpec spec;

    private ObjectDump(IsaSpec spec) {
        this.spec = spec;
    }

    static ObjectDump read(Path obj, String label, IsaSpec spec) throws IOException, InterruptedException, AuditException {
        ObjectDump d = new ObjectDump(spec);
        // one run for headers, relocations and contents (objdump prints them in that order; -r is only
        // shown inline when -d is given too, so the disassembly is a run of its own): a kernel audit
        // starts objdump for each of about a thousand objects, and every process counts there
        String text = run(obj, label, "-h", "-r", "-s");
        Matcher first = FIRST_CONTENTS.matcher(text);
        String beforeContents = first.find() ? text.substring(0, first.start()) : text;
        d.readHeaders(beforeContents, label);
        d.readRelocs(beforeContents);
        d.readContents(text.substring(beforeContents.length()));
        d.readInsns(run(obj, label, "-d", "-z", "--no-show-raw-insn"));
        d.label = label;
        return d;
    }

    private static String run(Path obj, String label, String... opts) throws IOException, InterruptedException, AuditException {
        List<String> argv = new ArrayList<>(List.of("objdump"));
        argv.addAll(List.of(opts));
        argv.add(obj.toString());
        ProcessRunner.Result r = ProcessRunner.run(argv);
        if (r.exit() != 0) {
            // say which input and which step: an audit runs objdump four times per input
            throw new AuditException(label + ": objdump " + String.join(" ", opts) + " failed: " + r.err().trim());
        }
        return r.out();
    }

    private void readHeaders(String text, String label) throws AuditException {
        String[] lines = text.split("\n");
        for (int k = 0; k + 1 < lines.length; k++) {
            Matcher m = HEADER.matcher(lines[k]);
            if (!m.matches()) {
                continue;
            }
            String flags = lines[k + 1];
            Section s = new Section(m.group(1), Integer.parseInt(m.group(2), 16), 1 << Integer.parseInt(m.group(3)),
                    flags.contains("CODE"),
                    flags.contains("ALLOC"), flags.contains("CONTENTS"));
            Section before = sections.putIfAbsent(s.name(), s);
            if (before != null && (before.alloc() || s.alloc())) {
                // sections are matched by name between the two objects (.group and the like are not compared)
                throw new AuditException(label + ": two sections named " + s.name()
                        + "; the audit tells sections apart by name");
            }
        }
    }

    private void readContents(String text) {
        String current = null;
        ByteArrayOutputStream buf = null;
        for (String l : text.split("\n")) {
            Matcher m = CONTENTS.matcher(l);
            if (m.matches()) {
                if (current != null) {
                    bytes.put(current, buf.toByteArray());
                }
                current = m.group(1);
                buf = new ByteArrayOutputStream();
            } else if (current != null && l.startsWith(" ")) {
                // " 0010 fa8db426 00000000 ...  ascii": the hex field is 35 columns after the address
                String t = l.substring(1);
                int sp = t.indexOf(' ');
                String hex = t.substring(sp + 1, Math.min(t.length(), sp + 1 + 35));
                for (String word : hex.trim().split(" +")) {
                    for (int c = 0; c + 1 < word.length(); c += 2) {
                        buf.write(Integer.parseInt(word.substring(c, c + 2), 16));
                    }
                }
            }
        }
        if (current != null) {
            bytes.put(current, buf.toByteArray());
        }
    }

    private void readInsns(String text) {
        java.util.Set<String> prefixWords = java.util.Set.copyOf(spec.prefixes().objdumpSpellings());
        String current = null;
        List<Insn> list = null;
        for (String l : text.split("\n")) {
            Matcher d = DISASSEMBLY.matcher(l);
            if (d.matches()) {
                current = d.group(1);
                list = new ArrayList<>();
                insns.put(current, list);
                continue;
            }
            Matcher m = INSN.matcher(l);
            if (current != null && m.matches()) {
                list.add(Insn.parse(Long.parseLong(m.group(1), 16), m.group(2), prefixWords));
            }
        }
        for (Map.Entry<String, List<Insn>> e : insns.entrySet()) {
            List<Insn> l = e.getValue();
            Section s = sections.get(e.getKey());
            long size = s == null ? 0 : s.size();
            for (int k = 0; k < l.size(); k++) {
                long next = k + 1 < l.size() ? l.get(k + 1).off() : size;
                l.set(k, l.get(k).withLen((int) (next - l.get(k).off())));
            }
        }
    }

    private void readRelocs(String text) {
        TreeMap<Long, Reloc> current = null;
        for (String l : text.split("\n")) {
            Matcher m = RELOCS.matcher(l);
            if (m.matches()) {
                current = relocs.computeIfAbsent(m.group(1), k -> new TreeMap<>());
                continue;
            }
            String[] w = l.trim().split("\\s+");
            if (current != null && w.length == 3 && w[0].matches("[0-9a-f]+")) {
                long off = Long.parseLong(w[0], 16);
                current.put(off, new Reloc(off, w[1], w[2]));
            }
        }
    }

    byte[] bytesOf(String section) {
        return bytes.getOrDefault(section, new byte[0]);
    }

    TreeMap<Long, Reloc> relocsOf(String section) {
        return relocs.getOrDefault(section, new TreeMap<>());
    }

    List<Insn> insnsOf(String section) {
        return insns.getOrDefault(section, List.of());
    }

    /** The {@code .afterburn} records (layout from isa-specs/vocabulary/records.yaml), by section and start. */
    List<Site> sites() throws AuditException {
        RecordLayouts.Layout t = spec.records().afterburn();
        byte[] data = bytesOf(t.section());
        TreeMap<Long, Reloc> rel = relocsOf(t.section());
        int startAt = t.field("start").offset();
        int endAt = t.field("end").offset();
        List<Site> out = new ArrayList<>();
        for (long off = 0; off + t.size() <= data.length; off += t.size()) {
            Reloc a = rel.get(off + startAt);
            Reloc b = rel.get(off + endAt);
            if (a == null || b == null || !a.symbol().equals(b.symbol())) {
                throw new AuditException(String.format("%s: %s record at 0x%x has no relocation pair", label,
                        t.section(), off));
            }
            out.add(new Site(a.symbol(), a.addend(data), b.addend(data)));
        }
        out.sort(java.util.Comparator.comparing(Site::section).thenComparingLong(Site::start));
        return out;
    }
}
