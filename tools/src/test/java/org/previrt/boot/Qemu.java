package org.previrt.boot;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Boots a multiboot kernel (and modules) in qemu-system-i386 (software emulation) and collects COM1 and the exit status. */
final class Qemu {
    static final String BINARY = "qemu-system-i386";
    /** Generous for a ~0.1 s boot on a loaded machine; only there so a broken kernel cannot hang the build. */
    private static final long TIMEOUT_SECONDS = 20;

    /** The kernel's serial output, QEMU's exit status ((value << 1) | 1 after an isa-debug-exit write). */
    record Boot(int exit, String serial, String stderr, long millis) {
    }

    private Qemu() {
    }

    static boolean available() {
        return Exec.onPath(BINARY);
    }

    static Boot boot(Path kernel) throws IOException, InterruptedException {
        return boot(kernel, List.of(), "");
    }

    /** Boots {@code kernel} with multiboot modules ({@code -initrd}, comma-separated) and a command line. */
    static Boot boot(Path kernel, List<Path> modules, String cmdline) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(BINARY,
                // pin the CPU model: the transcript prints its cpuid vendor
                "-cpu", "qemu32",
                "-kernel", kernel.toString(),
                "-display", "none", "-serial", "stdio", "-monitor", "none", "-nodefaults", "-no-reboot",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04"));
        if (!modules.isEmpty()) {
            argv.addAll(List.of("-initrd", String.join(",", modules.stream().map(Path::toString).toList())));
        }
        if (!cmdline.isEmpty()) {
            argv.addAll(List.of("-append", cmdline));
        }
        Path serial = Files.createTempFile(kernel.getParent(), kernel.getFileName() + ".", ".serial");
        Path stderr = Files.createTempFile(kernel.getParent(), kernel.getFileName() + ".", ".stderr");
        ProcessBuilder pb = new ProcessBuilder(argv);
        // files rather than pipes: nothing has to drain them while we wait with a timeout
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(serial.toFile());
        pb.redirectError(stderr.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(kernel + ": still running after " + TIMEOUT_SECONDS + " s; serial so far:\n"
                    + Files.readString(serial, StandardCharsets.ISO_8859_1));
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Boot(p.exitValue(), Files.readString(serial, StandardCharsets.ISO_8859_1),
                Files.readString(stderr, StandardCharsets.ISO_8859_1), millis);
    }
}
