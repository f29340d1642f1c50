package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.testutil.Cli;

/** {@code tools/previrt monitor -o FILE} with the real gcc, as and ld (the boots are in org.previrt.boot). */
class MonitorCommandTest {
    @TempDir
    Path dir;

    @Test
    void buildsTheSameMultibootElfTwice() throws Exception {
        Path a = dir.resolve("a.elf");
        Path b = dir.resolve("b.elf");
        Cli r = Cli.run("monitor", "-o", a.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("monitor: " + a), r.out());
        assertEquals(0, Cli.run("monitor", "-o", b.toString()).exit());
        byte[] elf = Files.readAllBytes(a);
        assertArrayEquals(elf, Files.readAllBytes(b), "the build is deterministic");
        ByteBuffer e = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x464c457f, e.getInt(0));
        assertEquals(3, e.getShort(18), "EM_386");
        // a multiboot v1 header (magic, flags, checksum summing to 0) in the first 8 KiB, 4-byte aligned
        boolean header = false;
        for (int i = 0; i + 12 <= Math.min(elf.length, 8192); i += 4) {
            if (e.getInt(i) == 0x1badb002 && e.getInt(i) + e.getInt(i + 4) + e.getInt(i + 8) == 0) {
                header = true;
            }
        }
        assertTrue(header, "no multiboot header");
        assertEquals(0, Files.list(dir).filter(p -> p.getFileName().toString().endsWith(".tmp")).count());
    }

    @Test
    void withoutOutputIsAUsageError() {
        Cli r = Cli.run("monitor");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("-o FILE is required"), r.err());
    }

    @Test
    void anArgumentIsAUsageError() {
        Cli r = Cli.run("monitor", "-o", dir.resolve("m.elf").toString(), "extra");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unexpected argument 'extra'"), r.err());
        assertFalse(Files.exists(dir.resolve("m.elf")));
    }

    @Test
    void anOutputInAMissingFolderWritesNothing() {
        Cli r = Cli.run("monitor", "-o", dir.resolve("no/such/m.elf").toString());
        assertEquals(2, r.exit(), r.err());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void aMissingToolIsNamedWithItsPackage() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        assertEquals("gcc is not on PATH; the monitor is built with the system gcc, as and ld (Debian: apt-get install "
                + "gcc gcc-multilib); nothing written", MonitorCommand.missingTool(bin.toString()));
        Path gcc = Files.createFile(bin.resolve("gcc"));
        gcc.toFile().setExecutable(true);
        assertTrue(MonitorCommand.missingTool(bin.toString()).startsWith("as is not on PATH"));
        assertNull(MonitorCommand.missingTool(System.getenv("PATH")));
    }
}
