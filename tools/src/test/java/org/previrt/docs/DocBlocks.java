package org.previrt.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runnable shell blocks of a guide (docs/contributing.md, "Runnable blocks in the guides"): a fenced
 * block whose info string is {@code sh run=TAG}, TAG one of {@link #TAGS}, optionally followed (blank
 * lines between allowed) by a fenced block whose info string is {@code text output}: the lines the
 * block prints, stdout and stderr together. A fence may be indented (inside a list item); the indentation
 * of its opening line is taken off every line of the block.
 */
public final class DocBlocks {
    /** The tags a block may carry: the work it does, as the suite's JUnit tags (fast = untagged). */
    public static final Set<String> TAGS = Set.of("fast", "binutils", "linux");

    private static final Pattern FENCE = Pattern.compile("^( *)```(.*)$");
    private static final Pattern RUN = Pattern.compile("(?:sh|bash) run=(\\S+)");

    /** One runnable block: where it starts (the opening fence's line, 1-based), its tag, script and expected output. */
    public record Block(Path file, int line, String tag, String script, List<String> expected) {
        public String where() {
            return file.getFileName() + ":" + line;
        }
    }

    private DocBlocks() {
    }

    public static List<Block> read(Path file) throws IOException {
        return parse(file, Files.readString(file));
    }

    /**
     * Every runnable block of a Markdown text. An unknown tag, an unclosed fence, or an output block that
     * follows no runnable block is an error (a misspelt mark must not make a block silently unchecked).
     */
    public static List<Block> parse(Path file, String text) {
        String[] lines = text.split("\n", -1);
        List<Block> out = new ArrayList<>();
        Block pending = null; // the last runnable block, while only blank lines follow it
        for (int i = 0; i < lines.length; i++) {
            Matcher f = FENCE.matcher(lines[i]);
            if (!f.matches()) {
                if (!lines[i].isBlank()) {
                    pending = null;
                }
                continue;
            }
            String indent = f.group(1);
            String info = f.group(2).trim();
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.length && !lines[i].trim().equals("```"); i++) {
                body.add(lines[i].startsWith(indent) ? lines[i].substring(indent.length()) : lines[i].stripLeading());
            }
            if (i >= lines.length) {
                throw new IllegalArgumentException(file + ":" + (start + 1) + ": fence not closed");
            }
            Matcher run = RUN.matcher(info);
            if (info.contains("run=")) {
                if (!run.matches() || !TAGS.contains(run.group(1))) {
                    throw new IllegalArgumentException(file + ":" + (start + 1) + ": `" + info
                            + "`: a runnable block is marked `sh run=TAG` with TAG one of " + TAGS);
                }
                Block b = new Block(file, start + 1, run.group(1), String.join("\n", body) + "\n", null);
                out.add(b);
                pending = b;
            } else if (info.equals("text output")) {
                if (pending == null) {
                    throw new IllegalArgumentException(file + ":" + (start + 1)
                            + ": an output block must directly follow a runnable block");
                }
                out.set(out.size() - 1, new Block(file, pending.line(), pending.tag(), pending.script(), List.copyOf(body)));
                pending = null;
            } else {
                pending = null;
            }
        }
        return out;
    }

    /**
     * Whether the output matches the expected lines: trailing white space and trailing empty lines do
     * not count; a line that is exactly {@code ...} stands for any number of lines (none too), and
     * {@code ...} inside a line for any run of characters.
     */
    public static boolean matches(List<String> expected, String actual) {
        return match(trim(expected), 0, trim(List.of(actual.split("\n", -1))), 0);
    }

    private static List<String> trim(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.stripTrailing());
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static boolean match(List<String> want, int w, List<String> got, int g) {
        if (w == want.size()) {
            return g == got.size();
        }
        if (want.get(w).equals("...")) {
            for (int k = g; k <= got.size(); k++) {
                if (match(want, w + 1, got, k)) {
                    return true;
                }
            }
            return false;
        }
        return g < got.size() && line(want.get(w)).matcher(got.get(g)).matches() && match(want, w + 1, got, g + 1);
    }

    private static Pattern line(String want) {
        StringBuilder re = new StringBuilder();
        String[] parts = want.split("\\.\\.\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                re.append(".*");
            }
            re.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(re.toString());
    }
}
