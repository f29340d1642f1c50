package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.TestRoot;

/**
 * Builds the boot-test kernel (src/test/resources/kernel) with real gcc, as and ld. The monitor is always
 * assembled stock; the kernel's own code is assembled as the {@link Assembler} says.
 *
 * <p>Two link passes: the first with empty embedded copies, the second with the first's .afterburn records
 * and .text bytes embedded in .previrt_copy (the last section), so the monitor can find sites and re-run
 * their original instructions. The build checks the second pass moved and changed nothing before it.
 */
final class KernelBuild {
    enum Assembler {
        /** stock as: no sites */
        STOCK,
        /** stock as with generated/x86-32/previrt-typed.inc before each kernel source */
        PACK,
        /** a patched as given by {@link #patchedAs()}, with -mprevirt */
        PATCHED
    }

    /**
     * Names a patched as supporting -mprevirt: system property previrt.patchedAs, PREVIRT_PATCHED_AS,
     * or the shared test build of the patch series.
     */
    static String patchedAs() {
        String p = System.getProperty("previrt.patchedAs");
        if (p != null && !p.isBlank()) {
            return p;
        }
        p = System.getenv("PREVIRT_PATCHED_AS");
        if (p != null && !p.isBlank()) {
            return p;
        }
        // otherwise the build the binutils tests share (built once, cached under tools/target)
        Path shared = org.previrt.binutils.SharedBuild.patchedAsOrNull();
        return shared == null ? null : shared.toString();
    }

    static final Path TYPED_PACK = TestRoot.real().resolve("generated/x86-32/previrt-typed.inc");

    private static final List<String> CFLAGS = List.of("-m32", "-O2", "-ffreestanding", "-fno-pic", "-fno-pie",
            "-nostdlib", "-fno-builtin", "-fno-stack-protector", "-fno-asynchronous-unwind-tables",
            // no SSE/x87 in interrupt paths, and no memcpy calls the kernel does not have
            "-mgeneral-regs-only", "-fno-tree-loop-distribute-patterns", "-Wall", "-Wextra");
    private static final List<String> KERNEL_OBJECTS =
            List.of("monitor-boot.o", "monitor.o", "kernel.o", "kernel-cpu.o");

    private KernelBuild() {
    }

    /** The source directory: the test resources as Maven copied them. */
    static Path sources() {
        try {
            return Path.of(KernelBuild.class.getResource("/kernel/kernel.c").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Builds into {@code dir} and returns the linked kernel, {@code dir/kernel.elf}. */
    static Path build(Path dir, Assembler assembler) throws IOException, InterruptedException {
        Path src = sources();
        Files.createDirectories(dir);
        List<String> cc = new ArrayList<>(List.of("gcc"));
        cc.addAll(CFLAGS);
        cc.addAll(List.of("-I", src.toString(), "-S"));
        for (String c : List.of("kernel", "monitor")) {
            run(dir, concat(cc, src.resolve(c + ".c").toString(), "-o", c + ".s"));
        }
        run(dir, List.of("as", "--32", "monitor.s", "-o", "monitor.o"));
        run(dir, List.of("as", "--32", src.resolve("monitor-boot.s").toString(), "-o", "monitor-boot.o"));
        run(dir, concat(kernelAs(assembler), "kernel.s", "-o", "kernel.o"));
        run(dir, concat(kernelAs(assembler), src.resolve("kernel-cpu.s").toString(), "-o", "kernel-cpu.o"));

        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.write(empty.resolve("records.bin"), new byte[0]);
        Files.write(empty.resolve("text.bin"), new byte[0]);
        link(dir, empty, "pass1");

        Path embed = Files.createDirectories(dir.resolve("embed"));
        run(dir, List.of("objcopy", "-O", "binary", "-j", ".text", "pass1.elf", embed.resolve("text.bin").toString()));
        Files.write(embed.resolve("records.bin"), section(dir.resolve("pass1.elf"), ".afterburn"));
        link(dir, embed, "kernel");

        Path kernel = dir.resolve("kernel.elf");
        assertArrayEquals(image(dir, "pass1"), image(dir, "kernel"),
                "the second link pass changed the kernel before .previrt_copy");
        assertEquals(run(dir, List.of("nm", "-n", "pass1.elf")), run(dir, List.of("nm", "-n", "kernel.elf")),
                "the second link pass moved a symbol");
        assertArrayEquals(Files.readAllBytes(embed.resolve("records.bin")), section(kernel, ".afterburn"),
                "the embedded records differ from the kernel's .afterburn");
        return kernel;
    }

    /** The contents of a section, or no bytes when the file has none of that name. */
    static byte[] section(Path elf, String name) throws IOException, InterruptedException {
        Path dir = elf.toAbsolutePath().getParent();
        if (ElfSection.read(elf).stream().noneMatch(s -> s.name().equals(name))) {
            return new byte[0];
        }
        Path dump = Files.createTempFile(dir, "section.", ".bin");
        Path scratch = Files.createTempFile(dir, "scratch.", ".elf");
        // with an output file named, objcopy leaves the input alone
        run(dir, List.of("objcopy", "--dump-section", name + "=" + dump, elf.toString(), scratch.toString()));
        byte[] out = Files.readAllBytes(dump);
        Files.delete(dump);
        Files.delete(scratch);
        return out;
    }

    private static List<String> kernelAs(Assembler a) {
        return switch (a) {
            case STOCK -> List.of("as", "--32");
            case PACK -> List.of("as", "--32", TYPED_PACK.toString());
            case PATCHED -> List.of(patchedAs(), "--32", "-mprevirt");
        };
    }

    private static void link(Path dir, Path copies, String name) throws IOException, InterruptedException {
        run(dir, List.of("as", "--32", "-I", copies.toString(), sources().resolve("copy.s").toString(),
                "-o", name + "-copy.o"));
        List<String> ld = new ArrayList<>(List.of("ld", "-m", "elf_i386", "-T", sources().resolve("kernel.ld").toString(),
                "-o", name + ".elf"));
        ld.addAll(KERNEL_OBJECTS);
        ld.add(name + "-copy.o");
        run(dir, ld);
    }

    /** The loaded image without the embedded copies. */
    private static byte[] image(Path dir, String name) throws IOException, InterruptedException {
        Path bin = dir.resolve(name + ".image");
        run(dir, List.of("objcopy", "-O", "binary", "-R", ".previrt_copy", name + ".elf", bin.toString()));
        return Files.readAllBytes(bin);
    }

    private static String run(Path dir, List<String> argv) throws IOException, InterruptedException {
        return Exec.run(dir, argv);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }
}
