package org.previrt.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.previrt.validate.Problem;
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
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            } catch (CharacterCodingException e) {
                problems.add(new Problem(name, 0, "not valid UTF-8"));
                continue;
            }
            LoadSettings settings = LoadSettings.builder().setLabel(name).setAllowDuplicateKeys(true).build();
            try {
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

    private static String display(Path p, Path root) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    }
}
