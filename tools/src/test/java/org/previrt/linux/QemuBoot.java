package org.previrt.linux;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Boots a bzImage with an initramfs in {@code qemu-system-i386} (software emulation, pinned CPU model,
 * console on COM1 = QEMU's stdout, deterministic clock) until the kernel restarts, which ends QEMU under {@code -no-reboot}.
 */
final class QemuBoot {
    static final String BINARY = "qemu-system-i386";
    /** A boot takes about a second; the limit only stops a hung kernel on a loaded machine. */
    private static final long TIMEOUT_SECONDS = 180;

    record Boot(int exit, String serial, long millis) {
    }

    private QemuBoot() {
    }

    static Boot boot(Path bzImage, Path initrd, Path dir) throws IOException, InterruptedException {
        return boot(bzImage, initrd.toString(), "", dir);
    }

    /** Boots {@code kernel} with {@code -initrd MODULES} (comma-separated multiboot modules) and extra command-line words. */
    static Boot boot(Path bzImage, String modules, String extraCmdline, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path serial = dir.resolve("serial.txt");
        Path stderr = dir.resolve("qemu.stderr");
        // -icount: virtual time follows the instruction count, so the TSC is 1 GHz and the PIT calibration
        // succeeds however loaded the host is (without it, a loaded host turned "Fast TSC calibration
        // using PIT" into "failed ... clocksource pit" in one boot of two)
        ProcessBuilder pb = new ProcessBuilder(List.of(BINARY, "-cpu", "qemu32", "-m", "128", "-icount", "shift=0",
                "-kernel", bzImage.toString(), "-initrd", modules,
                "-append", ("console=ttyS0 panic=-1 " + extraCmdline).strip(),
                "-nodefaults", "-display", "none", "-serial", "stdio", "-monitor", "none", "-no-reboot"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.redirectOutput(serial.toFile());
        pb.redirectError(stderr.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new AssertionError(bzImage + ": still running after " + TIMEOUT_SECONDS + " s; serial so far:\n"
                    + Files.readString(serial, StandardCharsets.ISO_8859_1));
        }
        return new Boot(p.exitValue(), Files.readString(serial, StandardCharsets.ISO_8859_1),
                (System.nanoTime() - t0) / 1_000_000);
    }
}
