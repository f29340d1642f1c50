package org.previrt.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.previrt.util.Problem;

/**
 * A gas-testsuite {@code NAME.d} file: {@code #key: value} options, then one regular expression per
 * line of expected dump output ({@code #...} skips lines, {@code #?} marks an optional line,
 * {@code #pass} ends the comparison). previrt adds {@code #pack:} (the macro pack put before the source).
 */
public record DumpSpec(Path file, Map<String, String> options, List<String> patterns, List<String> header) {
    private static final Pattern OPTION = Pattern.compile("#([a-z]+):\\s?(.*)");
    static final List<String> KNOWN = List.of("name", "as", "objdump", "readelf", "source", "pack");

    public static DumpSpec parse(Path file, List<Problem> problems) throws IOException {
        return parse(file, org.previrt.util.RegularFiles.readText(file, org.previrt.util.RegularFiles.MAX_TEXT_BYTES),
                problems);
    }

    /** The .d text as if read from {@code file} (which need not exist yet). */
    public static DumpSpec parse(Path file, String text, List<Problem> problems) {
        List<String> lines = text.lines().toList();
        Map<String, String> opts = new LinkedHashMap<>();
        List<String> header = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        boolean body = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            Matcher m = OPTION.matcher(l);
            if (!body && m.matches()) {
                if (!KNOWN.contains(m.group(1))) {
                    problems.add(new Problem(file.toString(), i + 1, "unknown option '#" + m.group(1) + ":'"));
                }
                opts.put(m.group(1), m.group(2).trim());
            } else if (!body && (l.startsWith("# ") || l.equals("#"))) {
                header.add(l);
            } else {
                body = true;
                patterns.add(l);
            }
        }
        if (!opts.containsKey("objdump") && !opts.containsKey("readelf")) {
            problems.add(new Problem(file.toString(), 0, "needs #objdump: or #readelf:"));
        }
        return new DumpSpec(file, opts, patterns, header);
    }

    /**
     * The three dumps every {@code NAME.s} gets unless a .d names it already: the code with
     * {@code previrt.inc}, its {@code .afterburn} records, and the typed pack's {@code .afterburn.typed}.
     */
    public static Map<String, String> defaultOptions(String stem, String dump) {
        Map<String, String> o = new LinkedHashMap<>();
        switch (dump) {
            case "" -> o.put("name", stem + " (previrt.inc, .text)");
            case "-records" -> o.put("name", stem + " (previrt.inc, .afterburn records)");
            case "-typed" -> o.put("name", stem + " (previrt-typed.inc, .afterburn.typed records)");
            default -> throw new IllegalArgumentException(dump);
        }
        if (!dump.isEmpty()) {
            o.put("source", stem + ".s"); // NAME.d finds NAME.s by itself
        }
        o.put("as", "--32");
        o.put("pack", dump.equals("-typed") ? "previrt-typed.inc" : "previrt.inc");
        switch (dump) {
            case "" -> o.put("objdump", "-d -j .text");
            case "-records" -> o.put("objdump", "-r -s -j .afterburn");
            default -> o.put("readelf", "-x .afterburn.typed");
        }
        return o;
    }

    /** The dump suffixes of {@link #defaultOptions}, in file-name order. */
    public static final List<String> DEFAULT_DUMPS = List.of("", "-records", "-typed");

    /** The assembly source: {@code #source:} or NAME.s beside the .d file. */
    public Path source() {
        String s = options.get("source");
        if (s != null) {
            return file.resolveSibling(s);
        }
        String n = file.getFileName().toString();
        return file.resolveSibling(n.substring(0, n.length() - 2) + ".s");
    }

    public String name() {
        return options.getOrDefault("name", file.getFileName().toString());
    }
}
