package org.previrt.spec.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.previrt.util.Problem;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads one file of {@code isa-specs/vocabulary/} (shared tables that are not instruction families, such
 * as the NOP patterns) into a node tree, or a problem saying why it could not.
 */
public final class VocabularyLoader {
    public static final String DIR = "vocabulary";

    public record Result(SpecDocument document, List<Problem> problems) {
    }

    public Result load(Path specDir, String name, Path root) throws IOException {
        Path f = specDir.resolve(DIR).resolve(name);
        String display = display(f, root);
        if (!Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return new Result(null, List.of(new Problem(display, 0, "vocabulary file not found")));
        }
        // refuses FIFOs, devices, folders and oversized files before reading (path: reason)
        String text;
        try {
            text = org.previrt.util.StrictUtf8.decode(
                    org.previrt.util.RegularFiles.read(f, org.previrt.util.RegularFiles.MAX_TEXT_BYTES));
        } catch (org.previrt.util.StrictUtf8.Malformed e) {
            return new Result(null, List.of(new Problem(display, e.line(), e.withoutLine())));
        }
        LoadSettings settings = LoadSettings.builder().setLabel(display).build();
        try {
            Optional<Node> node = new Compose(settings).composeString(text);
            if (node.isEmpty()) {
                return new Result(null, List.of(new Problem(display, 1, "empty vocabulary file")));
            }
            return new Result(new SpecDocument(display, node.get()), List.of());
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            return new Result(null, List.of(new Problem(display, line, "YAML error: " + e.getProblem())));
        } catch (YamlEngineException e) {
            return new Result(null, List.of(new Problem(display, 0, "YAML error: " + e.getMessage())));
        } catch (StackOverflowError e) {
            return new Result(null, List.of(new Problem(display, 0, "YAML nested too deeply")));
        }
    }

    private static String display(Path p, Path root) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    }
}
