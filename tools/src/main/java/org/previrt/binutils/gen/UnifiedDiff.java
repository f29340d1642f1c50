package org.previrt.binutils.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds git-style unified diffs: whole new files, and pure insertions with exact context. */
public final class UnifiedDiff {
    public static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    /** A diff creating {@code path} with {@code text} (which must end with a newline). */
    public static String newFile(String path, String text) {
        List<String> lines = lines(text);
        StringBuilder sb = new StringBuilder();
        sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        sb.append("new file mode 100644\n");
        sb.append("--- /dev/null\n");
        sb.append("+++ b/").append(path).append('\n');
        sb.append("@@ -0,0 +1");
        if (lines.size() != 1) {
            sb.append(',').append(lines.size());
        }
        sb.append(" @@\n");
        for (String l : lines) {
            sb.append('+').append(l).append('\n');
        }
        return sb.toString();
    }

    /** One insertion: {@code text}'s lines go after pristine line {@code after} (1-based). */
    public record Insertion(int after, String text) {
    }

    /**
     * A diff of {@code path} inserting each text after its line, with {@link #CONTEXT} lines of context
     * taken from {@code pristine} (line number to text; it must hold every line a hunk shows).
     */
    public static String insertions(String path, Map<Integer, String> pristine, List<Insertion> inserts) {
        List<Insertion> sorted = new ArrayList<>(inserts);
        sorted.sort(java.util.Comparator.comparingInt(Insertion::after));
        StringBuilder sb = new StringBuilder();
        sb.append("diff --git a/").append(path).append(" b/").append(path).append('\n');
        sb.append("--- a/").append(path).append('\n');
        sb.append("+++ b/").append(path).append('\n');
        int added = 0;
        int i = 0;
        while (i < sorted.size()) {
            // group insertions whose context windows touch into one hunk
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).after() - sorted.get(j).after() <= 2 * CONTEXT) {
                j++;
            }
            int first = Math.max(1, sorted.get(i).after() - CONTEXT + 1);
            int last = sorted.get(j).after() + CONTEXT;
            StringBuilder body = new StringBuilder();
            int newLines = 0;
            int k = i;
            for (int n = first; n <= last; n++) {
                String line = pristine.get(n);
                if (line == null) {
                    throw new IllegalStateException(path + ": the version data lacks pristine line " + n
                            + " (context of the hook after line " + sorted.get(k < sorted.size() ? k : j).after() + ")");
                }
                body.append(' ').append(line).append('\n');
                newLines++;
                while (k <= j && sorted.get(k).after() == n) {
                    for (String l : lines(sorted.get(k).text())) {
                        body.append('+').append(l).append('\n');
                        newLines++;
                    }
                    k++;
                }
            }
            int oldCount = last - first + 1;
            sb.append("@@ -").append(first).append(',').append(oldCount)
                    .append(" +").append(first + added).append(',').append(newLines).append(" @@\n");
            sb.append(body);
            added += newLines - oldCount;
            i = j + 1;
        }
        return sb.toString();
    }

    static List<String> lines(String text) {
        if (!text.endsWith("\n")) {
            throw new IllegalArgumentException("text must end with a newline");
        }
        List<String> out = new ArrayList<>(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
        return out;
    }
}
