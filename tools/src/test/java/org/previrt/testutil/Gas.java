package org.previrt.testutil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.util.ProjectRoot;

/** Runs the real GNU as and ld (argument lists, no shell) to make test inputs with the generated packs. */
public final class Gas {
    public static final String TYPED = "previrt-typed.inc";
    public static final String PLAIN = "previrt.inc";

    private Gas() {
    }

    /** Assembles {@code source} with the given pack (or none when null) into {@code dir/name.o}. */
    public static Path assemble(Path dir, String name, String source, String pack, String... asOptions)
            throws IOException, InterruptedException {
        Path src = dir.resolve(name + ".s");
        Files.writeString(src, source, StandardCharsets.UTF_8);
        Path obj = dir.resolve(name + ".o");
        List<String> cmd = new ArrayList<>(List.of("as", "--32"));
        cmd.addAll(List.of(asOptions));
        if (pack != null) {
            cmd.add(ProjectRoot.find().resolve("generated/x86-32").resolve(pack).toString());
        }
        cmd.addAll(List.of(src.toString(), "-o", obj.toString()));
        run(cmd);
        return obj;
    }

    /** Links objects without libc at 0x100000, the way a kernel image is linked. */
    public static Path link(Path dir, String name, Path... objects) throws IOException, InterruptedException {
        Path exe = dir.resolve(name);
        List<String> cmd = new ArrayList<>(List.of("ld", "-m", "elf_i386", "-Ttext=0x100000", "-e", "0", "-o",
                exe.toString()));
        for (Path o : objects) {
            cmd.add(o.toString());
        }
        run(cmd);
        return exe;
    }

    /** Compiles C with {@code gcc -m32 -O2 -c}, the pack passed to as with -Wa. */
    public static Path gcc(Path dir, String name, Path c, String pack) throws IOException, InterruptedException {
        Path obj = dir.resolve(name + ".o");
        run(List.of("gcc", "-m32", "-O2", "-c", c.toString(),
                "-Wa," + ProjectRoot.find().resolve("generated/x86-32").resolve(pack), "-o", obj.toString()));
        return obj;
    }

    /** Links a position-independent executable (ELF type DYN) without libc. */
    public static Path linkPie(Path dir, String name, Path... objects) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ld", "-m", "elf_i386", "-pie", "-e", "0", "-o",
                dir.resolve(name).toString()));
        for (Path o : objects) {
            cmd.add(o.toString());
        }
        run(cmd);
        return dir.resolve(name);
    }

    private static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed:\n" + output);
        }
    }
}
