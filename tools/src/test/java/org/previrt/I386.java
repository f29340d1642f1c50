package org.previrt;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;

/**
 * How this machine runs the i386 programs tests build: asked once of {@code tools/i386-exec --mode}
 * (native, or under qemu-i386 when the kernel has no IA-32 emulation), so tests, benchmarks and guides
 * share one probe. {@code -Dprevirt.i386=emulated} (or {@code PREVIRT_I386=emulated}) simulates a
 * machine whose kernel refuses i386 programs with ENOEXEC.
 */
public final class I386 {
    private static String mode;

    private I386() {
    }

    /** The forced mode, or "auto". */
    public static String requested() {
        String p = System.getProperty("previrt.i386");
        if (p == null || p.isBlank()) {
            p = System.getenv("PREVIRT_I386");
        }
        return p == null || p.isBlank() ? "auto" : p.trim();
    }

    /** native, emulated, or "none: REASON". */
    public static synchronized String mode() {
        if (mode == null) {
            try {
                Exec.Result r = Exec.run(null, Map.of("PREVIRT_I386", requested()), null,
                        List.of(TestRoot.real().resolve("tools/i386-exec").toString(), "--mode"));
                mode = r.exit() == 2 ? "none: " + r.err().strip() : r.out().strip();
            } catch (IOException e) {
                mode = "none: tools/i386-exec did not run: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                mode = "none: interrupted";
            }
        }
        return mode;
    }

    public static boolean emulated() {
        return mode().equals("emulated");
    }

    /** Skips the test, saying why, when i386 programs cannot run here at all. */
    public static void assumeRunnable() {
        Assumptions.assumeFalse(mode().startsWith("none"), () -> "i386 programs cannot run here: "
                + mode().substring(mode().indexOf(':') + 1).strip());
    }

    /** {@code argv} as it runs here: unchanged natively, behind qemu-i386 when emulated. */
    public static List<String> argv(List<String> argv) {
        assumeRunnable();
        if (!emulated()) {
            return argv;
        }
        List<String> r = new ArrayList<>();
        r.add(emulator());
        r.addAll(argv);
        return r;
    }

    /** Options for an autotools {@code ./configure} of an i386 build: a cross build when emulated (no test programs run). */
    public static List<String> configureArgs() {
        assumeRunnable();
        try {
            Exec.Result r = Exec.run(null, env(), null,
                    List.of(TestRoot.real().resolve("tools/i386-exec").toString(), "--configure-args"));
            if (r.exit() != 0) {
                throw new IllegalStateException("tools/i386-exec --configure-args: " + r.all());
            }
            return r.out().lines().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The emulator on PATH, as tools/i386-exec looks for it. */
    private static String emulator() {
        for (String name : List.of("qemu-i386", "qemu-i386-static")) {
            for (String d : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (!d.isEmpty() && java.nio.file.Files.isExecutable(java.nio.file.Path.of(d, name))) {
                    return java.nio.file.Path.of(d, name).toString();
                }
            }
        }
        return "qemu-i386";
    }

    /** The environment that makes child scripts (tools/i386-exec, benchmarks) use the same mode without probing again. */
    public static Map<String, String> env() {
        assumeRunnable();
        return Map.of("PREVIRT_I386", mode());
    }
}
