package org.previrt;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs external programs for tests: argument lists only, optional folder, environment and stdin. */
public final class Exec {
    public record Result(int exit, String out, String err) {
        public String all() {
            return out + err;
        }
    }

    private Exec() {
    }

    public static Result run(Path dir, Map<String, String> env, Path stdin, List<String> argv) throws IOException,
            InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().putAll(env);
        pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
                : ProcessBuilder.Redirect.from(stdin.toFile()));
        Path out = Files.createTempFile("previrt-exec", ".out");
        Path err = Files.createTempFile("previrt-exec", ".err");
        try {
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + argv);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
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
