package org.previrt.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs a binutils program with an argument list (never a shell string) and captures its output. */
public final class Tool {
    public record Result(int exit, String out, String err) {
    }

    private Tool() {
    }

    public static Result run(List<String> argv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process p = pb.start();
        // read both streams fully; binutils output is small
        java.util.concurrent.CompletableFuture<byte[]> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return p.getErrorStream().readAllBytes();
            } catch (IOException e) {
                return new byte[0];
            }
        });
        byte[] out = p.getInputStream().readAllBytes();
        int code = p.waitFor();
        return new Result(code, new String(out, StandardCharsets.UTF_8), new String(err.join(), StandardCharsets.UTF_8));
    }
}
