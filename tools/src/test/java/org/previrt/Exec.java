package org.previrt;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.previrt.util.ProcessRunner;

/** Runs external programs for tests: argument lists only, optional folder, environment and stdin. */
public final class Exec {
    public record Result(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private Exec() {
    }

    /** Through the project's one runner ({@link ProcessRunner}), killed after 10 minutes. */
    public static Result run(Path dir, Map<String, String> env, Path stdin, List<String> argv) throws IOException,
            InterruptedException {
        ProcessRunner.Result r = ProcessRunner.run(argv, dir, env, java.time.Duration.ofMinutes(10), stdin);
        return new Result(r.exit(), r.out(), r.err());
    }

    public static Result run(String... argv) throws IOException, InterruptedException {
        return run(null, Map.of(), null, List.of(argv));
    }

    /** Skips the test with a message unless {@code program} runs (a tool of the machine, not ours). */
    public static void assumeTool(String program, String... probeArgs) {
        boolean ok;
        try {
            List<String> argv = new java.util.ArrayList<>(List.of(program));
            argv.addAll(List.of(probeArgs));
            ok = run(null, Map.of(), null, argv).exit() == 0;
        } catch (IOException | InterruptedException e) {
            ok = false;
        }
        Assumptions.assumeTrue(ok, program + " is not installed (needed: " + program + " "
                + String.join(" ", probeArgs) + ")");
    }

    /** gcc that can compile 32-bit code (gcc-multilib). */
    public static void assumeGcc32(Path tmp) throws IOException {
        assumeTool("as", "--version");
        assumeTool("objdump", "--version");
        Path c = tmp.resolve("probe32.c");
        Files.writeString(c, "int probe(void) { return 32; }\n");
        assumeTool("gcc", "-m32", "-c", "-o", tmp.resolve("probe32.o").toString(), c.toString());
    }
}
