package org.previrt.linux;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program with an argument list (never a shell string). Output goes to a file, so nothing must
 * drain a pipe while we wait; a non-zero exit or a timeout fails with the log's tail.
 */
final class Tool {
    private Tool() {
    }

    /** Runs {@code argv} in {@code dir} with {@code env} added (a null value removes the variable), stdout and stderr both into {@code log}. */
    static void run(Path dir, Map<String, String> env, Path log, long timeoutMinutes, List<String> argv)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        env.forEach((k, v) -> {
            if (v == null) {
                pb.environment().remove(k);
            } else {
                pb.environment().put(k, v);
            }
        });
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        if (!p.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
            throw new AssertionError("timed out after " + timeoutMinutes + " min: " + argv + "\n" + tail(log));
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("exit " + p.exitValue() + ": " + argv + " (in " + dir + ")\n" + tail(log));
        }
    }

    /** Runs {@code argv} and returns its standard output; fails on a non-zero exit. */
    static String output(Path dir, List<String> argv) throws IOException, InterruptedException {
        Path out = Files.createTempFile("previrt-linux", ".out");
        try {
            ProcessBuilder pb = new ProcessBuilder(argv);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.redirectOutput(out.toFile());
            Process p = pb.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("timed out: " + argv);
            }
            if (p.exitValue() != 0) {
                throw new AssertionError("exit " + p.exitValue() + ": " + argv);
            }
            return Files.readString(out, StandardCharsets.ISO_8859_1);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** True when {@code program} is an executable file in a folder of PATH. */
    static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
