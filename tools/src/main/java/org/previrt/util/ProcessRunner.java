package org.previrt.util;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one place previrt runs external programs: always an argument list (never a shell string), stdin
 * from /dev/null so a program that reads it ends instead of waiting on previrt.
 */
public final class ProcessRunner {
    /** Exit code and the captured output, decoded as UTF-8. */
    public record Result(int exit, String out, String err) {
    }

    private ProcessRunner() {
    }

    /** {@link #run(List, Path, Map, Duration)} here, with previrt's environment and no time limit. */
    public static Result run(List<String> argv) throws IOException, InterruptedException {
        return run(argv, null, Map.of(), null);
    }

    /**
     * Runs {@code argv} in {@code dir} (null: here) with {@code env} added to previrt's environment, and
     * captures stdout and stderr apart. With a {@code timeout} (null: none) a program still running then
     * is killed and an IOException names it.
     */
    public static Result run(List<String> argv, Path dir, Map<String, String> env, Duration timeout)
            throws IOException, InterruptedException {
        return run(argv, dir, env, timeout, null);
    }

    /** As {@link #run(List, Path, Map, Duration)}, with stdin read from {@code stdin} (null: /dev/null). */
    public static Result run(List<String> argv, Path dir, Map<String, String> env, Duration timeout, Path stdin)
            throws IOException, InterruptedException {
        Process p = start(argv, dir, env, false, stdin);
        // read both streams at once so neither pipe fills up and blocks the program
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out;
        if (timeout == null) {
            out = p.getInputStream().readAllBytes();
            p.waitFor();
        } else {
            CompletableFuture<byte[]> o = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IOException(argv.get(0) + " did not finish within " + timeout.toSeconds() + " s; killed");
            }
            out = o.join();
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err.join(), StandardCharsets.UTF_8));
    }

    /**
     * Runs {@code argv} in {@code dir} (null: here) with {@code env} added, stderr merged into stdout,
     * giving each output line to {@code lines} as it comes; returns the exit code.
     */
    public static int stream(List<String> argv, Path dir, Map<String, String> env, Consumer<String> lines)
            throws IOException, InterruptedException {
        Process p = start(argv, dir, env, true, null);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String l;
            while ((l = r.readLine()) != null) {
                lines.accept(l);
            }
        }
        return p.waitFor();
    }

    private static Process start(List<String> argv, Path dir, Map<String, String> env, boolean merge, Path stdin)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(merge)
                .redirectInput(ProcessBuilder.Redirect.from(stdin == null ? new File("/dev/null") : stdin.toFile()));
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        pb.environment().putAll(env);
        return pb.start();
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
