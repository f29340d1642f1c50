package org.previrt.vectors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.previrt.spec.model.NopTable;
import org.previrt.util.ProcessRunner;

/**
 * A typed record read back through objdump (independently of the pack's own logic): the section
 * it points into comes from the relocation, the offsets from the record's in-place addends.
 */
record SiteRecord(int start, int end, int kind, int insnLen, int insnOff) {

    static List<SiteRecord> read(Path obj, String section, org.previrt.spec.model.RecordLayouts.Layout typed)
            throws IOException, InterruptedException {
        byte[] data = hex(ProcessRunner.run(List.of("objdump", "-s", "-j", typed.section(), obj.toString())).out());
        ProcessRunner.Result rel = ProcessRunner.run(List.of("objdump", "-r", "-j", typed.section(), obj.toString()));
        Map<Integer, String> target = new TreeMap<>();
        for (String l : rel.out().split("\n")) {
            String[] w = l.trim().split("\\s+");
            if (w.length == 3 && w[1].equals("R_386_32")) {
                target.put(Integer.parseInt(w[0], 16), w[2]);
            }
        }
        List<SiteRecord> out = new ArrayList<>();
        int size = typed.size();
        for (int off = 0; off + size <= data.length; off += size) {
            if (!section.equals(target.get(off + typed.field("start").offset()))) {
                continue;
            }
            out.add(new SiteRecord((int) typed.read(data, off, "start"), (int) typed.read(data, off, "end"),
                    (int) typed.read(data, off, "kind"), (int) typed.read(data, off, "insn_len"),
                    (int) typed.read(data, off, "insn_off")));
        }
        out.sort(Comparator.comparingInt(SiteRecord::start));
        return out;
    }

    /**
     * Null when pack == stock with sites cut out, each site holding the stock instruction at its
     * {@code insnOff}, and the bytes around it padding that runs as at most one NOP or jmp.
     */
    static String compare(byte[] stock, byte[] pack, List<SiteRecord> sites, NopTable nops) {
        int s = 0;
        int p = 0;
        for (SiteRecord r : sites) {
            if (r.start < p || r.end > pack.length || r.insnOff + r.insnLen > r.end - r.start) {
                return "record " + r + " is out of order or out of range";
            }
            if (r.insnOff > 0 && r.insnOff + r.insnLen != r.end - r.start) {
                return String.format("site at 0x%x (kind 0x%04x) has padding on both sides of its instruction",
                        r.start, r.kind);
            }
            while (p < r.start) {
                if (s >= stock.length || stock[s] != pack[p]) {
                    return String.format("byte at 0x%x (stock 0x%x) differs outside any site", p, s);
                }
                p++;
                s++;
            }
            String before = padding(pack, p, p + r.insnOff, nops);
            if (before != null) {
                return String.format("site at 0x%x (kind 0x%04x): %s", r.start, r.kind, before);
            }
            p += r.insnOff;
            for (int i = 0; i < r.insnLen; i++) {
                if (s >= stock.length || stock[s] != pack[p]) {
                    return String.format("site at 0x%x (kind 0x%04x): byte %d differs from stock gas", r.start, r.kind, i);
                }
                p++;
                s++;
            }
            String pad = padding(pack, p, r.end, nops);
            if (pad != null) {
                return String.format("site at 0x%x (kind 0x%04x): %s", r.start, r.kind, pad);
            }
            p = r.end;
        }
        while (p < pack.length) {
            if (s >= stock.length || stock[s] != pack[p]) {
                return String.format("byte at 0x%x differs after the last site", p);
            }
            p++;
            s++;
        }
        return s == stock.length ? null : "stock has " + (stock.length - s) + " more bytes";
    }

    /**
     * Like {@link #compare} but function by function (symbols with sizes from {@code nm -S}), so the
     * alignment padding gcc puts between functions, which legitimately changes, is not compared.
     */
    static String compareFunctions(Path stockObj, byte[] stock, Path packObj, byte[] pack, List<SiteRecord> sites,
            NopTable nops) throws IOException, InterruptedException {
        Map<String, int[]> s = functions(stockObj);
        Map<String, int[]> p = functions(packObj);
        if (!s.keySet().equals(p.keySet())) {
            return "function symbols differ: " + s.keySet() + " vs " + p.keySet();
        }
        for (Map.Entry<String, int[]> e : s.entrySet()) {
            int[] a = e.getValue();
            int[] b = p.get(e.getKey());
            List<SiteRecord> inside = new ArrayList<>();
            for (SiteRecord r : sites) {
                if (r.start >= b[0] && r.end <= b[0] + b[1]) {
                    inside.add(new SiteRecord(r.start - b[0], r.end - b[0], r.kind, r.insnLen, r.insnOff));
                }
            }
            String msg = compare(java.util.Arrays.copyOfRange(stock, a[0], a[0] + a[1]),
                    java.util.Arrays.copyOfRange(pack, b[0], b[0] + b[1]), inside, nops);
            if (msg != null) {
                return e.getKey() + ": " + msg;
            }
        }
        return null;
    }

    /** Text-section symbols with a size: name → {offset, size}. */
    private static Map<String, int[]> functions(Path obj) throws IOException, InterruptedException {
        Map<String, int[]> out = new TreeMap<>();
        for (String l : ProcessRunner.run(List.of("nm", "-S", "--defined-only", obj.toString())).out().split("\n")) {
            String[] w = l.trim().split("\\s+");
            if (w.length == 4 && (w[2].equals("T") || w[2].equals("t"))) {
                out.put(w[3], new int[] {Integer.parseInt(w[0], 16), Integer.parseInt(w[1], 16)});
            }
        }
        return out;
    }

    /**
     * Null when bytes [from, to) are one pattern of the NOP table (each a NOP in 16- and 32-bit code),
     * or a short jmp to {@code to} over such patterns: bare hardware runs one padding instruction.
     */
    static String padding(byte[] b, int from, int to, NopTable nops) {
        // the pack's gas macros and the Java model implement the same rule: their bytes must agree
        byte[] want = nops.padding(to - from, false);
        return Arrays.equals(b, from, to, want, 0, want.length) ? null
                : String.format("padding at 0x%x..0x%x is %s, not the table's %s", from, to,
                        java.util.HexFormat.of().formatHex(b, from, to), java.util.HexFormat.of().formatHex(want));
    }

    private static int le32(byte[] b, int o) {
        return (b[o] & 0xff) | (b[o + 1] & 0xff) << 8 | (b[o + 2] & 0xff) << 16 | (b[o + 3] & 0xff) << 24;
    }

    /** Bytes of an {@code objdump -s} hex dump. */
    private static byte[] hex(String dump) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (String l : dump.split("\n")) {
            if (!l.startsWith(" ")) {
                continue;
            }
            String[] w = l.trim().split("\\s+");
            for (int i = 1; i < w.length && i <= 4; i++) {
                if (!w[i].matches("[0-9a-f]+") || w[i].length() % 2 != 0) {
                    break;
                }
                for (int j = 0; j < w[i].length(); j += 2) {
                    out.write(Integer.parseInt(w[i].substring(j, j + 2), 16));
                }
            }
        }
        return out.toByteArray();
    }
}
