package org.previrt.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.previrt.util.InvalidInputException;
import org.previrt.util.IoErrors;
import org.previrt.util.Problem;
import org.previrt.util.RegularFiles;
import org.previrt.write.GeneratedFile;

/**
 * The {@code test-vectors/*.d} bodies as generate renders them: each vector's dump recorded with real
 * as and objdump/readelf from the packs generate is about to write, so packs, goldens and the patch
 * series that copies the goldens come out of one run. A .d file's options are input (kept as written);
 * a {@code NAME.s} that no .d names gets the three default dumps ({@link DumpSpec#defaultOptions}).
 */
public final class VectorRecorder {
    public static final String DIR = "test-vectors";
    private static final String PACK_DIR = "generated/x86-32/";

    private VectorRecorder() {
    }

    /** gas's own lines ({@code test-vectors/x.s:LINE: Error: ...}), paths relative, and which run it was. */
    private static String gasMessages(Path root, VectorSuite.AssemblyFailed e, DumpSpec spec) {
        List<String> lines = new ArrayList<>();
        for (String l : e.messages().split("\n")) {
            if (!l.isBlank() && !l.endsWith("Assembler messages:")) {
                lines.add(l.replace(root.toString() + "/", ""));
            }
        }
        if (lines.isEmpty()) {
            lines.add(root.relativize(e.source()) + ": as failed");
        }
        String pack = spec.options().getOrDefault("pack", "no pack");
        return String.join("\n", lines.subList(0, Math.min(3, lines.size()))) + "\n(as "
                + spec.options().getOrDefault("as", "") + " with " + pack + ", recording "
                + root.relativize(spec.file()) + "; nothing written)";
    }

    /**
     * The recorded .d files, sorted by path; empty without {@code test-vectors/}. A source gas rejects
     * or a malformed .d is bad input: nothing is returned, the exception names the file.
     */
    public static List<GeneratedFile> record(Path root, List<GeneratedFile> rendered)
            throws IOException, org.previrt.util.PrevirtException {
        Path dir = root.resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        List<DumpSpec> specs = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.sorted().toList();
            sources = all.stream().filter(p -> p.toString().endsWith(".s")).toList();
            for (Path d : all.stream().filter(p -> p.toString().endsWith(".d")).toList()) {
                RegularFiles.checkInput(d, RegularFiles.MAX_TEXT_BYTES);
                DumpSpec spec = DumpSpec.parse(d, problems);
                specs.add(spec);
                named.add(spec.source().getFileName().toString());
            }
        }
        for (Path src : sources) {
            RegularFiles.readText(src, RegularFiles.MAX_TEXT_BYTES); // a regular file of UTF-8 text, or refused
            String file = src.getFileName().toString();
            if (named.contains(file)) {
                continue;
            }
            String stem = file.substring(0, file.length() - 2);
            for (String dump : DumpSpec.DEFAULT_DUMPS) {
                Map<String, String> o = DumpSpec.defaultOptions(stem, dump);
                StringBuilder text = new StringBuilder();
                o.forEach((k, v) -> text.append('#').append(k).append(": ").append(v).append('\n'));
                specs.add(DumpSpec.parse(dir.resolve(stem + dump + ".d"), text.toString(), problems));
            }
        }
        for (DumpSpec spec : specs) {
            if (!Files.isRegularFile(spec.source())) {
                problems.add(new Problem(root.relativize(spec.file()).toString(), 0,
                        "its source " + root.relativize(spec.source()) + " does not exist"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        for (String tool : List.of("as", "objdump", "readelf")) {
            if (!onPath(tool)) {
                throw new IoErrors.PathError(DIR + ": recording its dumps needs GNU " + tool
                        + " (Debian: apt-get install -y binutils); nothing written", null);
            }
        }
        Path packs = Files.createTempDirectory("previrt-packs");
        try (VectorSuite suite = new VectorSuite(root, packs)) {
            for (GeneratedFile f : rendered) {
                if (f.path().startsWith(PACK_DIR) && f.path().endsWith(".inc")) {
                    Path copy = packs.resolve(f.path().substring(PACK_DIR.length()));
                    try {
                        Files.write(copy, f.bytes());
                    } catch (IOException e) {
                        throw RegularFiles.refused(copy, "cannot write: " + org.previrt.util.IoErrors.reason(e)
                                + " (a scratch copy of the pack, to record " + DIR + "/); nothing written");
                    }
                }
            }
            List<GeneratedFile> out = new ArrayList<>();
            for (DumpSpec spec : specs) {
                try {
                    out.add(GeneratedFile.text(DIR + "/" + spec.file().getFileName(),
                            new String(suite.recorded(spec), StandardCharsets.UTF_8)));
                } catch (VectorSuite.AssemblyFailed e) {
                    throw new IoErrors.PathError(gasMessages(root, e, spec), e);
                }
            }
            out.sort(java.util.Comparator.comparing(GeneratedFile::path));
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while recording " + DIR, e);
        } finally {
            try (Stream<Path> s = Files.walk(packs)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
