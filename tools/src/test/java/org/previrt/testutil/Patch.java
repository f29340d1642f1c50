package org.previrt.testutil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSection;

/** Byte patching of test inputs, located through section names. */
public final class Patch {
    private Patch() {
    }

    public static ElfSection section(Path file, String name) throws Exception {
        return ElfFile.read(file).section(name).orElseThrow(() -> new AssertionError("no section " + name));
    }

    /** Overwrites a little-endian u32 at {@code offset} inside section {@code name}. */
    public static void u32(Path file, String name, long offset, long value) throws Exception {
        long at = section(file, name).offset() + offset;
        byte[] b = Files.readAllBytes(file);
        for (int k = 0; k < 4; k++) {
            b[(int) at + k] = (byte) (value >>> (8 * k));
        }
        Files.write(file, b);
    }

    public static long readU32(Path file, String name, long offset) throws Exception {
        return ElfFile.read(file).u32(section(file, name).offset() + offset);
    }

    /** Overwrites bytes at {@code offset} inside section {@code name}. */
    public static void bytes(Path file, String name, long offset, int... values) throws Exception {
        long at = section(file, name).offset() + offset;
        byte[] b = Files.readAllBytes(file);
        for (int k = 0; k < values.length; k++) {
            b[(int) at + k] = (byte) values[k];
        }
        Files.write(file, b);
    }

    public static String resource(String name) throws IOException {
        try (var in = Patch.class.getResourceAsStream("/sites/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource sites/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
