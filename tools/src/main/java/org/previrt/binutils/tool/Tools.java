package org.previrt.binutils.tool;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.previrt.util.ProcessRunner;

/** External programs: looked up on PATH, run through {@link ProcessRunner} (argument lists, never a shell). */
public final class Tools {
    private Tools() {
    }

    /** The program on PATH, or null. */
    public static Path which(String program) {
        return which(program, System.getenv("PATH"));
    }

    /** The program on the given search path, or null. */
    public static Path which(String program, String path) {
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Runs {@code argv} in {@code dir} (null: here), sending each output line (stdout and stderr merged)
     * to {@code lines} (null: discard); throws with the last lines if it fails.
     */
    public static void run(List<String> argv, Path dir, Consumer<String> lines)
            throws IOException, InterruptedException, BinutilsException {
        List<String> tail = new ArrayList<>();
        int rc = ProcessRunner.stream(argv, dir, Map.of(), l -> {
            if (lines != null) {
                lines.accept(l);
            }
            tail.add(l);
            if (tail.size() > 30) {
                tail.remove(0);
            }
        });
        if (rc != 0) {
            throw new BinutilsException(String.join(" ", argv) + " failed (exit " + rc + "):\n  "
                    + String.join("\n  ", tail));
        }
    }
}
