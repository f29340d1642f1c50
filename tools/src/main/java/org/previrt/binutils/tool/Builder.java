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

/**
 * {@code binutils build}: out-of-tree configure and {@code make all-gas all-binutils} for i686 ELF. Configure
 * runs with {@code -C}: the subdirectories' configure scripts (libiberty, bfd, opcodes, gas, ...) share one
 * cache instead of each asking the same hundreds of questions again.
 */
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

    /**
     * What to build and how: the make targets and extra configure variables ({@code CFLAGS=-O1}).
     * {@link #FULL} is the command's: gas and the binutils programs (objdump, readelf, ...) with binutils'
     * own compiler flags.
     */
    public record Plan(List<String> targets, List<String> configureVars) {
        public static final Plan FULL = new Plan(List.of("all-gas", "all-binutils"), List.of());

        public Plan {
            targets = List.copyOf(targets);
            configureVars = List.copyOf(configureVars);
        }
    }

    private static final Pattern ENTERING = Pattern.compile("make\\[\\d+\\]: Entering directory '.*/([^/']+)'");

    private Builder() {
    }

    /** A file only the patch series adds: its absence means an unpatched tree. */
    static final String PREVIRT_SOURCE = "gas/config/tc-i386-previrt.c";

    /** The default build directory: {@code <checkout>-build} beside the checkout. */
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

    /** Configures (once) and builds gas and the binutils programs; returns {@code <build>/gas/as-new}. */
    public static Path build(Path checkout, Path buildDir, int jobs, PrintStream out)
            throws IOException, InterruptedException, BinutilsException {
        return build(checkout, buildDir, jobs, Plan.FULL, out);
    }

    /** Configures (once) and makes the plan's targets; returns the built assembler {@code <build>/gas/as-new}. */
    public static Path build(Path checkout, Path buildDir, int jobs, Plan plan, PrintStream out)
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
                List<String> args = new ArrayList<>(List.of("-C"));
                args.addAll(CONFIGURE_ARGS);
                args.addAll(plan.configureVars());
                out.println("binutils build: configure " + String.join(" ", args));
                List<String> argv = new ArrayList<>();
                argv.add(src.resolve("configure").toString());
                argv.addAll(args);
                Tools.run(argv, b, line -> write(w, line));
            } else {
                out.println("binutils build: " + b + " is configured; reusing it");
            }
            List<String> make = new ArrayList<>(List.of("make", "-j" + jobs));
            make.addAll(plan.targets());
            out.println("binutils build: " + String.join(" ", make) + " (log: " + log + ")");
            Set<String> seen = new LinkedHashSet<>();
            Tools.run(make, b, line -> {
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
