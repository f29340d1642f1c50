package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.previrt.TestRoot;
import org.previrt.cli.Main;

/** The product monitor, built by {@code tools/previrt monitor -o FILE} (in process, through Main). */
final class Monitor {
    private Monitor() {
    }

    static Path build(Path dir) {
        Path out = dir.resolve("monitor.elf");
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"monitor", "-o", out.toString()}, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), TestRoot.real());
        assertEquals(0, exit, "tools/previrt monitor: " + e.toString(StandardCharsets.UTF_8));
        return out;
    }
}
