package org.previrt.binutils.tool;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code binutils build}: out-of-tree configure and {@code make all-gas all-binutils} for i686 ELF. */
public final class Builder {
    /** Programs the build needs and the Debian package providing each. */
    public static final Map<String, String> NEEDED = new LinkedHashMap<>();

    static {
        NEEDED.put("cc", "gcc");
        NEEDED.put("make", "make");
        NEEDED.put("bison", "bison");
        NEEDED.put("flex", "flex");
        NEEDED.put("makeinfo", "texinfo");
    }

    public static final List<String> CONFIGURE_ARGS = List.of("--target=i686-linux-gnu", "--disable-gdb",
            "--disable-gdbserver", "--disable-sim", "--disable-libdecnumber", "--disable-readline",
            "--disable-werror", "--disable-nls", "--disable-gprofng", "--disable-gold", "--disable-ld",
            "--disable-gprof");

    private static final Pattern ENTERING = Pattern.compile("make\\[\\d+\\]: Entering directory '.*/([^/']+)'");

    private Builder() {
    }

    /** The default build directory: {@code <checkout>-build} beside the checkout. */
    /** A file only the patch series adds: its absence means an unpatched tree. */
    static final String PREVIRT_SOURCE = "gas/config/tc-i386-previrt.c";

    public static Path defaultBuildDir(Path checkout) {
        Path abs = checkout.toAbsolutePath().normalize();
        return abs.resolveSibling(abs.getFileName() + "-build");
    }

    public static void checkTools() throws BinutilsException {
        checkTools(System.getenv("PATH"));
    }

    /** Refuses with every missing program and its Debian package, searching {@code path}. */
    public static void checkTools(String path) throws BinutilsException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> e : NEEDED.entrySet()) {
            if (Tools.which(e.getKey(), path) == null) {
                missing.add(e.getKey() + " (apt-get install " + e.getValue() + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new BinutilsException("missing build tools: " + String.join(", ", missing));
        }
    }

    /** Configures (once) and builds; returns the built assembler {@code <build>/gas/as-new}. */
    public static Path build(Path checkout, Path buildDir, int jobs, PrintStream out)
            throws IOException, InterruptedException, BinutilsException {
        checkTools();
        Path src = checkout.toAbsolutePath().normalize();
        if (!Files.isExecutable(src.resolve("configure"))) {
            throw new BinutilsException(src + " has no configure script; is it a binutils source tree?");
        }
        if (!Files.isRegularFile(src.resolve(PREVIRT_SOURCE))) {
            out.println("binutils build: note: " + src + " is not patched (no " + PREVIRT_SOURCE + "): the built as "
                    + "will be stock, without -mprevirt; run tools/previrt binutils apply --checkout " + src
                    + " first to get it");
        }
        Path b = buildDir.toAbsolutePath().normalize();
        Files.createDirectories(b);
        Path log = b.resolve("previrt-build.log");
        long t0 = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            if (!Files.isRegularFile(b.resolve("Makefile"))) {
                out.println("binutils build: configure " + String.join(" ", CONFIGURE_ARGS));
                List<String> argv = new ArrayList<>();
                argv.add(src.resolve("configure").toString());
                argv.addAll(CONFIGURE_ARGS);
                Tools.run(argv, b, line -> write(w, line));
            } else {
                out.println("binutils build: " + b + " is configured; reusing it");
            }
            out.println("binutils build: make -j" + jobs + " all-gas all-binutils (log: " + log + ")");
            Set<String> seen = new LinkedHashSet<>();
            Tools.run(List.of("make", "-j" + jobs, "all-gas", "all-binutils"), b, line -> {
                write(w, line);
                Matcher m = ENTERING.matcher(line);
                if (m.find() && seen.add(m.group(1))) {
                    out.printf("  [%3ds] building %s%n", (System.nanoTime() - t0) / 1_000_000_000L, m.group(1));
                }
            });
        }
        Path as = b.resolve("gas/as-new");
        if (!Files.isExecutable(as)) {
            throw new BinutilsException("make finished but " + as + " is missing; see " + log);
        }
        out.printf("binutils build: done in %ds%n", (System.nanoTime() - t0) / 1_000_000_000L);
        out.println("binutils build: as = " + as);
        return as;
    }

    private static void write(BufferedWriter w, String line) {
        try {
            w.write(line);
            w.newLine();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
