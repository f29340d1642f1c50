package org.previrt.binutils.gen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The version-specific facts of one binutils release ({@code templates/binutils/<version>.yaml}):
 * how to recognise the tree, the first free option number, and for each patched file the hooks
 * (insert after a line) and the pristine lines around them that the diffs carry as context.
 */
public record VersionData(String version, String versionFile, String versionLine, int optionBase,
        List<FileHooks> files, Path source) {

    public static final String DIR = "templates/binutils";

    /** One hook: its name (see templates/binutils/hooks.ftl) and the pristine line it follows. */
    public record Hook(String hook, int after) {
    }

    /** The hooks into one file and the pristine lines (1-based number to text) they need. */
    public record FileHooks(String path, List<Hook> hooks, Map<Integer, String> excerpt) {
    }

    /** Every version file, sorted by version. */
    public static List<VersionData> loadAll(Path root) throws IOException {
        List<VersionData> out = new ArrayList<>();
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.getFileName().toString().matches("\\d+\\.\\d+(\\.\\d+)?\\.yaml"))
                    .sorted().toList()) {
                out.add(load(p));
            }
        }
        return out;
    }

    /** The data for one version, or null if there is none. */
    public static VersionData find(Path root, String version) throws IOException {
        Path p = root.resolve(DIR).resolve(version + ".yaml");
        return Files.isRegularFile(p) ? load(p) : null;
    }

    /** Versions with data, e.g. [2.40]. */
    public static List<String> supported(Path root) throws IOException {
        return loadAll(root).stream().map(VersionData::version).toList();
    }

    @SuppressWarnings("unchecked")
    public static VersionData load(Path file) throws IOException {
        Object doc;
        try {
            doc = new Load(LoadSettings.builder().setLabel(file.toString()).build()).loadFromString(
                    new String(org.previrt.util.RegularFiles.read(file, org.previrt.util.RegularFiles.MAX_TEXT_BYTES),
                            java.nio.charset.StandardCharsets.UTF_8));
        } catch (org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
            throw org.previrt.util.RegularFiles.refused(Path.of(file + ":" + line), "YAML error: " + e.getProblem());
        } catch (org.snakeyaml.engine.v2.exceptions.YamlEngineException | StackOverflowError e) {
            throw org.previrt.util.RegularFiles.refused(file, "YAML error (or nesting too deep)");
        }
        try {
            Map<String, Object> m = (Map<String, Object>) doc;
            List<FileHooks> files = new ArrayList<>();
            for (Object o : (List<Object>) m.get("files")) {
                Map<String, Object> f = (Map<String, Object>) o;
                List<Hook> hooks = new ArrayList<>();
                for (Object h : (List<Object>) f.get("hooks")) {
                    Map<String, Object> hm = (Map<String, Object>) h;
                    hooks.add(new Hook((String) hm.get("hook"), ((Number) hm.get("after")).intValue()));
                }
                Map<Integer, String> excerpt = new TreeMap<>();
                for (Object e : (List<Object>) f.get("excerpts")) {
                    Map<String, Object> em = (Map<String, Object>) e;
                    int from = ((Number) em.get("from")).intValue();
                    List<Object> lines = (List<Object>) em.get("lines");
                    for (int i = 0; i < lines.size(); i++) {
                        excerpt.put(from + i, (String) lines.get(i));
                    }
                }
                files.add(new FileHooks((String) f.get("path"), List.copyOf(hooks), excerpt));
            }
            return new VersionData(String.valueOf(m.get("version")), (String) m.get("version-file"),
                    (String) m.get("version-line"), ((Number) m.get("option-base")).intValue(),
                    List.copyOf(files), file);
        } catch (ClassCastException | NullPointerException e) {
            throw org.previrt.util.RegularFiles.refused(file,
                    "malformed binutils version data (a key is missing or has the wrong type)");
        }
    }

    /** For templates: {@code v.optionBase}. */
    public int getOptionBase() {
        return optionBase;
    }
}
