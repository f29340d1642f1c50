package org.previrt.boot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.TestRoot;

/**
 * The monitor's record reader and copy table (tools/monitor/sites.c, copies.c) compiled for the host
 * with src/test/resources/monitor/sites-driver.c, which prints what the monitor would read from an ELF
 * file (see the driver's header for its lines).
 */
public final class SitesDriver {
    /** The driver's exit status and output. */
    public record Run(int exit, String out) {
    }

    private final Path binary;

    private SitesDriver(Path binary) {
        this.binary = binary;
    }

    /** Compiles the driver into {@code dir} with the host gcc. */
    public static SitesDriver build(Path dir) throws IOException, InterruptedException {
        Path monitorSrc = TestRoot.real().resolve("tools/monitor");
        Path res;
        try {
            res = Path.of(SitesDriver.class.getResource("/monitor/sites-driver.c").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path binary = dir.resolve("sites-driver");
        Exec.run(dir, List.of("gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-I", monitorSrc.toString(),
                "-I", TestRoot.real().resolve("generated/x86-32").toString(), res.toString(),
                monitorSrc.resolve("sites.c").toString(), monitorSrc.resolve("copies.c").toString(), "-o",
                binary.toString()));
        return new SitesDriver(binary);
    }

    /** Runs the driver on {@code args} (an ELF file, and optionally the file to write rewritten). */
    public Run run(Path... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(binary.toString()));
        for (Path a : args) {
            argv.add(a.toString());
        }
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }
}
