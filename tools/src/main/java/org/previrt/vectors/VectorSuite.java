package org.previrt.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.previrt.util.InvalidInputException;
import org.previrt.util.Problem;
import org.previrt.util.ProcessRunner;

/**
 * The golden vectors of {@code test-vectors/}: assembles each source once per pack (shared by all
 * its .d files), dumps with real objdump/readelf and matches with the gas testsuite's rules.
 */
public final class VectorSuite implements AutoCloseable {
    public static final String HEADER = String.join("\n",
            "# Golden vector in the gas testsuite's format (one regex per dump line; #... skips lines).",
            "# Recorded by tools/previrt generate from the packs it renders (the #options below are kept);",
            "# after an intended change of isa-specs/ or templates/ run it, then review the diff of",
            "# test-vectors/ line by line before committing it.");

    public record Outcome(String name, boolean passed, String message) {
    }

    /** as refused a vector's source; {@code messages} is what gas printed. */
    public static final class AssemblyFailed extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path source;
        private final String messages;

        AssemblyFailed(Path source, String message, String messages) {
            super(message);
            this.source = source;
            this.messages = messages;
        }

        public Path source() {
            return source;
        }

        public String messages() {
            return messages;
        }
    }

    private final Path root;
    private final Path packs;
    private final Path work;
    private final Map<String, ProcessRunner.Result> assembled = new HashMap<>();
    private int counter;

    /** The vectors with the packs checked in under {@code generated/x86-32/}. */
    public VectorSuite(Path root) throws IOException {
        this(root, root.resolve("generated/x86-32"));
    }

    /** The vectors with the packs in {@code packs} (generate: the packs it is about to write). */
    public VectorSuite(Path root, Path packs) throws IOException {
        this.root = root;
        this.packs = packs;
        this.work = Files.createTempDirectory("previrt-vectors");
    }

    public List<DumpSpec> specs() throws IOException, InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<DumpSpec> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("test-vectors"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".d")).sorted().toList()) {
                out.add(DumpSpec.parse(p, problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return out;
    }

    public List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("test-vectors"))) {
            List<Path> out = s.filter(f -> f.toString().endsWith(".s")).sorted().toList();
            for (Path p : out) { // gas would block on a FIFO, read a device forever
                org.previrt.util.RegularFiles.checkInput(p, org.previrt.util.RegularFiles.MAX_TEXT_BYTES);
            }
            return out;
        }
    }

    /** The dump a vector's options produce now, as lines. */
    public List<String> dump(DumpSpec spec) throws IOException, InterruptedException {
        Path obj = assemble(spec.source(), spec.options().get("pack"), spec.options().getOrDefault("as", ""));
        List<String> argv = new ArrayList<>();
        if (spec.options().containsKey("objdump")) {
            argv.add("objdump");
            argv.addAll(words(spec.options().get("objdump")));
        } else {
            argv.add("readelf");
            argv.addAll(words(spec.options().get("readelf")));
        }
        argv.add(obj.toString());
        ProcessRunner.Result r = ProcessRunner.run(argv);
        if (r.exit() != 0) {
            throw new IOException(String.join(" ", argv) + " failed: " + r.err());
        }
        return Arrays.asList(r.out().split("\n", -1));
    }

    public Outcome check(DumpSpec spec) {
        try {
            String msg = RegexpDiff.compare(spec.patterns(), dump(spec));
            return new Outcome(spec.name(), msg == null, msg == null ? "ok" : spec.file() + ": " + msg);
        } catch (IOException | InterruptedException e) {
            return new Outcome(spec.name(), false, spec.file() + ": " + e.getMessage());
        }
    }

    /** Re-records a .d from the current dump, keeping its options. */
    public boolean rebase(DumpSpec spec) throws IOException, InterruptedException {
        byte[] bytes = recorded(spec);
        if (Arrays.equals(Files.readAllBytes(spec.file()), bytes)) {
            return false;
        }
        org.previrt.write.AtomicFile.write(spec.file(), bytes, spec.file());
        return true;
    }

    /** The .d text that records what the spec's dump prints now: the header, its options, the dump. */
    public byte[] recorded(DumpSpec spec) throws IOException, InterruptedException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, String> e : spec.options().entrySet()) {
            sb.append('#').append(e.getKey()).append(": ").append(e.getValue()).append('\n');
        }
        sb.append('\n');
        for (String line : dump(spec)) {
            if (line.isBlank()) {
                continue;
            }
            if (line.matches(".*:\\s+file format \\S+")) {
                sb.append(".*: +file format ").append(RegexpDiff.quote(line.replaceAll(".*file format ", ""))).append('\n');
            } else {
                sb.append(RegexpDiff.quote(line)).append('\n');
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Independent of the goldens: every site of the typed pack's object starts with exactly the bytes
     * stock gas emits for the same source, and every byte outside sites is the stock byte.
     */
    public Outcome stockCheck(Path source) {
        String name = "stock bytes of " + source.getFileName();
        try {
            Path stock = assemble(source, null, "--32");
            Path packed = assemble(source, "previrt-typed.inc", "--32");
            byte[] s = text(stock);
            byte[] p = text(packed);
            org.previrt.spec.model.IsaSpec spec = org.previrt.spec.Specs.load(root);
            List<SiteRecord> sites = SiteRecord.read(packed, ".text", spec.records().typed());
            String msg = SiteRecord.compare(s, p, sites, spec.nops());
            return new Outcome(name, msg == null, msg == null ? sites.size() + " sites" : source + ": " + msg);
        } catch (org.previrt.util.InvalidInputException e) {
            return new Outcome(name, false, "isa-specs: " + e.problems().get(0));
        } catch (IOException | InterruptedException e) {
            return new Outcome(name, false, source + ": " + e.getMessage());
        }
    }

    private byte[] text(Path obj) throws IOException, InterruptedException {
        Path bin = work.resolve("text" + (counter++) + ".bin");
        ProcessRunner.Result r = ProcessRunner.run(List.of("objcopy", "-O", "binary", "--only-section=.text", obj.toString(), bin.toString()));
        if (r.exit() != 0) {
            throw new IOException("objcopy failed: " + r.err());
        }
        return Files.readAllBytes(bin);
    }

    /** Assembles once per (source, pack, flags); without a pack, empty previrt_off/on stand in. */
    Path assemble(Path source, String pack, String flags) throws IOException, InterruptedException {
        String key = source + "|" + pack + "|" + flags;
        Path obj = work.resolve("o" + Math.abs(key.hashCode()) + ".o");
        if (assembled.containsKey(key)) {
            return obj;
        }
        List<String> argv = new ArrayList<>();
        argv.add("as");
        argv.addAll(words(flags));
        if (pack != null) {
            argv.add(packs.resolve(pack).toString());
        } else {
            Path stub = work.resolve("stock-directives.s");
            Files.writeString(stub, ".macro previrt_off\n.endm\n.macro previrt_on\n.endm\n");
            argv.add(stub.toString());
        }
        argv.add(source.toString());
        argv.add("-o");
        argv.add(obj.toString());
        ProcessRunner.Result r = ProcessRunner.run(argv);
        assembled.put(key, r);
        if (r.exit() != 0) {
            throw new AssemblyFailed(source, String.join(" ", argv) + " failed:\n" + r.err(), r.err());
        }
        return obj;
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> s = Files.walk(work)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
