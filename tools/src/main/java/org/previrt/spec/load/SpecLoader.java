package org.previrt.spec.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.previrt.util.IoErrors;
import org.previrt.util.RegularFiles;
import org.previrt.util.StrictUtf8;
import org.previrt.util.Problem;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads every {@code *.yaml} file of a spec folder into node trees. Syntax errors become problems
 * (all files are read, so one run reports all of them).
 */
public final class SpecLoader {

    public record Result(List<SpecDocument> documents, List<Problem> problems) {
    }

    public Result load(Path dir, Path root) throws IOException {
        List<SpecDocument> docs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(display(dir, root), 0, "spec folder not found"));
            return new Result(docs, problems);
        }
        List<Path> files;
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            problems.add(new Problem(display(dir, root), 0, "dangling symbolic link"));
            return new Result(docs, problems);
        }
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        if (files.isEmpty()) {
            problems.add(new Problem(display(dir, root), 0, "no *.yaml spec files"));
        }
        for (Path f : files) {
            String name = display(f, root);
            String text;
            try {
                // refused before reading unless a regular file: a FIFO would hang, a device never end
                text = StrictUtf8.decode(RegularFiles.read(f, RegularFiles.MAX_TEXT_BYTES));
            } catch (StrictUtf8.Malformed e) {
                problems.add(new Problem(name, e.line(), e.withoutLine()));
                continue;
            } catch (java.nio.file.NoSuchFileException e) {
                problems.add(new Problem(name, 0, Files.isSymbolicLink(f) ? "dangling symbolic link"
                        : "no such file or directory"));
                continue;
            } catch (IOException e) {
                problems.add(new Problem(name, 0, IoErrors.reason(e)));
                continue;
            }
            LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true).build();
            try {
                String deep = tooDeep(settings, text);
                if (deep != null) {
                    problems.add(new Problem(name, Integer.parseInt(deep.substring(0, deep.indexOf(' '))),
                            deep.substring(deep.indexOf(' ') + 1)));
                    continue;
                }
                Optional<Node> node = new Compose(settings).composeString(text);
                if (node.isEmpty()) {
                    problems.add(new Problem(name, 1, "empty spec file"));
                } else {
                    docs.add(new SpecDocument(name, node.get()));
                }
            } catch (MarkedYamlEngineException e) {
                int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
                problems.add(new Problem(name, line, "YAML error: " + e.getProblem()));
            } catch (YamlEngineException e) {
                problems.add(new Problem(name, 0, "YAML error: " + e.getMessage()));
            }
        }
        return new Result(docs, problems);
    }

    /** Deepest nesting of mappings and sequences a spec may have (records are 3-4 levels deep). */
    public static final int MAX_DEPTH = 32;

    /**
     * "LINE message" when collections nest deeper than {@link #MAX_DEPTH} (the composer and the
     * validator recurse, so deep nesting would overflow the stack), else null. The parser is iterative.
     */
    private static String tooDeep(LoadSettings settings, String text) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            if (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart) {
                if (++depth > MAX_DEPTH) {
                    int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(0);
                    return line + " nesting deeper than " + MAX_DEPTH + " levels";
                }
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                depth--;
            }
        }
        return null;
    }

    private static String display(Path p, Path root) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    }
}
