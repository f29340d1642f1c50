package org.previrt.linux;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The initramfs of the boot test: a newc cpio (written here, format of the kernel's
 * Documentation/driver-api/early-userspace/buffer-format.rst) holding {@code /dev/console} and a
 * libc-free static {@code /init} (resource {@code linux/init.c}) built with the stock gcc.
 */
final class InitRamfs {
    static final String LINE = "previrt-init: hello from /init";

    private InitRamfs() {
    }

    static Path build(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path c = dir.resolve("init.c");
        try (InputStream in = InitRamfs.class.getResourceAsStream("/linux/init.c")) {
            if (in == null) {
                throw new IOException("resource linux/init.c is missing");
            }
            Files.write(c, in.readAllBytes());
        }
        Path init = dir.resolve("init");
        Path log = dir.resolve("init.log");
        Files.deleteIfExists(log);
        Tool.run(dir, Map.of(), log, 5, List.of("gcc", "-m32", "-Os", "-nostdlib", "-static", "-no-pie",
                "-ffreestanding", "-fno-stack-protector", "-fno-asynchronous-unwind-tables", "-o", init.toString(),
                c.toString()));
        ByteArrayOutputStream cpio = new ByteArrayOutputStream();
        int ino = 1;
        entry(cpio, ino++, "dev", 0040755, 0, 0, new byte[0]);
        entry(cpio, ino++, "dev/console", 0020600, 5, 1, new byte[0]);
        entry(cpio, ino++, "init", 0100755, 0, 0, Files.readAllBytes(init));
        entry(cpio, 0, "TRAILER!!!", 0, 0, 0, new byte[0]);
        Path out = dir.resolve("init.cpio");
        Files.write(out, cpio.toByteArray());
        return out;
    }

    /** One newc record: "070701", 13 eight-digit hex fields, the name with its NUL, data; 4-byte padding. */
    private static void entry(ByteArrayOutputStream out, int ino, String name, int mode, int rdevMajor, int rdevMinor,
            byte[] data) {
        byte[] n = (name + "\0").getBytes(StandardCharsets.US_ASCII);
        int[] fields = {ino, mode, 0, 0, 1, 0, data.length, 0, 0, rdevMajor, rdevMinor, n.length, 0};
        StringBuilder h = new StringBuilder("070701");
        for (int f : fields) {
            h.append(String.format("%08x", f));
        }
        out.writeBytes(h.toString().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(n);
        pad(out);
        out.writeBytes(data);
        pad(out);
    }

    private static void pad(ByteArrayOutputStream out) {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
    }
}
