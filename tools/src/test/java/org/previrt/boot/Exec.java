package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs a build tool with an argument list (never a shell string) in a working directory; it must succeed. */
final class Exec {
    private Exec() {
    }

    /** The tool's standard output; fails the test with its standard error when it exits non-zero. */
    static String run(Path dir, List<String> argv) throws IOException, InterruptedException {
        org.previrt.Exec.Result r = org.previrt.Exec.run(dir, java.util.Map.of(), null, argv);
        assertEquals(0, r.exit(), String.join(" ", argv) + " (in " + dir + ") failed:\n" + r.err());
        return r.out();
    }

    static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
