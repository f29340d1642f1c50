package org.previrt.binutils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the proof compares in an ELF32 object, read with readelf: sections, bytes, relocations, sites. */
final class ElfObject {
    record Section(String name, String type, String flags, String align) {
    }

    record Reloc(long offset, String type, String symbol) {
    }

    /** One typed record: [start, end) in section, kind and instruction length. */
    record Site(String section, long start, long end, int kind, int len) {
    }

    private static final Pattern SECTION = Pattern.compile(
            "\\s*\\[\\s*\\d+\\]\\s+(\\S+)\\s+(\\S+)\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+[0-9a-f]+\\s+(\\S*)\\s+\\d+\\s+\\d+\\s+(\\d+)");
    private static final Pattern RELOC_SECTION = Pattern.compile("Relocation section '([^']+)'.*");
    private static final Pattern RELOC = Pattern.compile("([0-9a-f]{8})\\s+[0-9a-f]{8}\\s+(\\S+)\\s+[0-9a-f]{8}\\s+(\\S+).*");
    private static final Pattern HEX = Pattern.compile("\\s+0x[0-9a-f]{8} ((?:[0-9a-f]{2,8} ?){1,4}).*");

    final Path file;
    final Map<String, Section> sections = new LinkedHashMap<>();
    final Map<String, List<Reloc>> relocs = new LinkedHashMap<>();
    private final Map<String, byte[]> bytes = new LinkedHashMap<>();

    ElfObject(Path file) throws Exception {
        this.file = file;
        for (String l : readelf("-S", "-W")) {
            Matcher m = SECTION.matcher(l);
            if (m.matches()) {
                sections.put(m.group(1), new Section(m.group(1), m.group(2), m.group(3), m.group(4)));
            }
        }
        String current = null;
        for (String l : readelf("-r", "-W")) {
            Matcher s = RELOC_SECTION.matcher(l);
            Matcher r = RELOC.matcher(l);
            if (s.matches()) {
                current = s.group(1);
                relocs.put(current, new ArrayList<>());
            } else if (current != null && r.matches()) {
                relocs.get(current).add(new Reloc(Long.parseLong(r.group(1), 16), r.group(2), r.group(3)));
            }
        }
    }

    /** Code sections (flag X) in file order. */
    List<String> codeSections() {
        return sections.values().stream().filter(s -> s.flags().contains("X")).map(Section::name).toList();
    }

    byte[] bytes(String section) throws Exception {
        byte[] b = bytes.get(section);
        if (b == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (sections.containsKey(section)) {
                for (String l : readelf("-x", section)) {
                    Matcher m = HEX.matcher(l);
                    if (m.matches()) {
                        String hex = m.group(1).replace(" ", "");
                        for (int i = 0; i + 1 < hex.length(); i += 2) {
                            out.write(Integer.parseInt(hex.substring(i, i + 2), 16));
                        }
                    }
                }
            }
            b = out.toByteArray();
            bytes.put(section, b);
        }
        return b;
    }

    List<Reloc> relocs(String section) {
        return relocs.getOrDefault(".rel" + section, List.of());
    }

    /** The sites of .afterburn.typed, by start address within each section. */
    List<Site> typedSites() throws Exception {
        byte[] b = bytes(".afterburn.typed");
        List<Reloc> r = relocs(".afterburn.typed");
        Map<Long, String> symAt = new LinkedHashMap<>();
        for (Reloc x : r) {
            symAt.put(x.offset(), x.symbol());
        }
        List<Site> out = new ArrayList<>();
        for (int i = 0; i + 12 <= b.length; i += 12) {
            String sec = symAt.get((long) i);
            if (sec == null || !sec.equals(symAt.get((long) i + 4))) {
                throw new IOException(file + ": record at " + i + " is not relocated against one section");
            }
            out.add(new Site(sec, u32(b, i), u32(b, i + 4), (b[i + 8] & 0xff) | (b[i + 9] & 0xff) << 8,
                    b[i + 10] & 0xff));
        }
        return out;
    }

    private static long u32(byte[] b, int i) {
        return (b[i] & 0xffL) | (b[i + 1] & 0xffL) << 8 | (b[i + 2] & 0xffL) << 16 | (b[i + 3] & 0xffL) << 24;
    }

    private List<String> readelf(String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("readelf"));
        argv.addAll(List.of(args));
        argv.add(file.toString());
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", argv) + " failed: " + text);
        }
        return List.of(text.split("\n"));
    }
}
