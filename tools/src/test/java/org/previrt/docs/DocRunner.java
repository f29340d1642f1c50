package org.previrt.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.previrt.TestRoot;

/**
 * Runs the runnable blocks of the guides: each with {@code bash -e} in a fresh empty folder, with
 * {@code $P} a throwaway copy of the checkout (so a block can run {@code $P/tools/previrt generate} and
 * write nothing into the real one) whose {@code tools/previrt} runs this suite's build of the tools.
 */
public final class DocRunner {
    /** What of the checkout the copy holds: what the tools read at run time, and the guides. */
    private static final List<String> COPIED = List.of("isa-specs", "templates", "generated", "test-vectors", "patches",
            "tools/monitor", "tools/bench", "tools/i386-exec", "docs", "README.md");

    private final Path checkout;
    private final Path work;
    private int runs;

    /** Prepares the copy of the checkout under {@code dir}; the blocks' folders go there too. */
    public DocRunner(Path dir) throws IOException {
        Path real = TestRoot.real();
        checkout = dir.resolve("previrt");
        work = Files.createDirectories(dir.resolve("blocks"));
        for (String d : COPIED) {
            Path from = real.resolve(d);
            if (Files.isDirectory(from)) {
                TestRoot.copyTree(from, checkout.resolve(d));
            } else if (Files.isRegularFile(from)) {
                Files.createDirectories(checkout.resolve(d).getParent());
                Files.copy(from, checkout.resolve(d));
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String cp = System.getProperty("java.class.path");
        for (String s : List.of(java.toString(), cp, checkout.toString())) {
            if (s.contains("'")) {
                throw new IllegalStateException("a quote in " + s);
            }
        }
        Path launcher = checkout.resolve("tools/previrt");
        Files.writeString(launcher, "#!/bin/sh\n# tools/previrt of a checkout copy for the guides' blocks (org.previrt.docs.DocRunner)\n"
                + "exec '" + java + "' -Dprevirt.root='" + checkout + "' -cp '" + cp + "' org.previrt.cli.Main \"$@\"\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The copy of the checkout, {@code $P} of the blocks. */
    public Path checkout() {
        return checkout;
    }

    /** The result of one block: its exit status and everything it printed. */
    public record Result(int exit, String output) {
    }

    /** Runs one block with {@code bash -e} in a new empty folder, {@code P} and {@code env} set. */
    public Result run(DocBlocks.Block b, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(String.format("%03d", ++runs)));
        Path script = work.resolve(String.format("%03d.sh", runs));
        Files.writeString(script, b.script(), StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-e", script.toString())).directory(dir.toFile())
                .redirectErrorStream(true);
        pb.environment().put("P", checkout.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[][] out = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                out[0] = p.getInputStream().readAllBytes();
            } catch (IOException e) {
                out[0] = ("reading the output: " + e).getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor();
        }
        reader.join();
        return new Result(p.exitValue(), new String(out[0], StandardCharsets.UTF_8));
    }

    /**
     * Runs the block and fails, saying where the block is, when it exits non-zero or its output differs
     * from the lines the guide shows.
     */
    public void check(DocBlocks.Block b, Map<String, String> env, long timeoutSeconds) throws Exception {
        Result r = run(b, env, timeoutSeconds);
        if (r.exit() != 0) {
            throw new AssertionFailedError(b.where() + ": the block exited with " + r.exit() + "\n--- block\n" + b.script()
                    + "--- output\n" + r.output());
        }
        if (b.expected() != null && !DocBlocks.matches(b.expected(), r.output())) {
            throw new AssertionFailedError(b.where() + ": the output differs from the guide's (`...` masks)\n--- block\n"
                    + b.script() + "--- expected\n" + String.join("\n", b.expected()) + "\n--- got\n" + r.output(),
                    String.join("\n", b.expected()), r.output());
        }
    }

    /** The guides: README.md and docs/*.md of the real checkout, sorted. */
    public static List<Path> guides() throws IOException {
        Path root = TestRoot.real();
        List<Path> out = new ArrayList<>();
        out.add(root.resolve("README.md"));
        try (Stream<Path> s = Files.list(root.resolve("docs"))) {
            s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(out::add);
        }
        return out;
    }

    /** The runnable blocks of every guide that carry {@code tag}; none is a failure (a lost mark). */
    public static List<DocBlocks.Block> blocks(String tag) throws IOException {
        List<DocBlocks.Block> out = new ArrayList<>();
        for (Path g : guides()) {
            for (DocBlocks.Block b : DocBlocks.read(g)) {
                if (b.tag().equals(tag)) {
                    out.add(b);
                }
            }
        }
        if (out.isEmpty()) {
            throw new AssertionFailedError("no block marked sh run=" + tag + " in README.md or docs/*.md");
        }
        return out;
    }

    /** One test per block, named by its guide and line, each run and checked in {@code dir}'s copy of the checkout. */
    public static Stream<DynamicTest> tests(List<DocBlocks.Block> blocks, Path dir, Map<String, String> env,
            long timeoutSeconds) throws IOException {
        DocRunner runner = new DocRunner(dir);
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.where(), () -> runner.check(b, env, timeoutSeconds)));
    }
}
