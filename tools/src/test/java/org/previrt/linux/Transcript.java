package org.previrt.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A serial transcript made comparable between builds of the same kernel: timestamps, numbers (sizes,
 * addresses, BogoMIPS, counts) masked, and the lines kept as a multiset, because lines of asynchronous
 * probes change order between boots.
 */
final class Transcript {
    private static final Pattern TIMESTAMP = Pattern.compile("^\\[\\s*\\d+\\.\\d+\\] ?");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+|\\b(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{6,}\\b");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final Map<String, Integer> lines;

    private Transcript(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static Transcript of(String serial) {
        Map<String, Integer> m = new TreeMap<>();
        for (String raw : serial.replace("\r", "").split("\n")) {
            String l = mask(raw);
            if (!l.isBlank()) {
                m.merge(l, 1, Integer::sum);
            }
        }
        return new Transcript(m);
    }

    static String mask(String line) {
        String l = TIMESTAMP.matcher(line).replaceFirst("");
        l = HEX.matcher(l).replaceAll("#");
        return NUMBER.matcher(l).replaceAll("#").stripTrailing();
    }

    int size() {
        return lines.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Lines (with their surplus count) this transcript has more often than {@code other}. */
    List<String> surplusOver(Transcript other) {
        List<String> out = new ArrayList<>();
        lines.forEach((l, n) -> {
            int d = n - other.lines.getOrDefault(l, 0);
            if (d > 0) {
                out.add(d + "x " + l);
            }
        });
        return out;
    }
}
