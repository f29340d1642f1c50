package org.previrt.boot;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.previrt.TestRoot;

/**
 * Builds the boot-test kernel (src/test/resources/kernel) with real gcc, as and ld: a multiboot ELF that
 * boots on bare hardware and, as a module, through the in-place monitor ({@link Monitor}). Its entry
 * (kernel-boot.s) is always assembled stock; the kernel's own code is assembled as the {@link Assembler}
 * says.
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
    private static final List<String> KERNEL_OBJECTS = List.of("kernel-boot.o", "kernel.o", "kernel-cpu.o");

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
        run(dir, concat(cc, src.resolve("kernel.c").toString(), "-o", "kernel.s"));
        run(dir, List.of("as", "--32", src.resolve("kernel-boot.s").toString(), "-o", "kernel-boot.o"));
        run(dir, concat(kernelAs(assembler), "kernel.s", "-o", "kernel.o"));
        run(dir, concat(kernelAs(assembler), src.resolve("kernel-cpu.s").toString(), "-o", "kernel-cpu.o"));
        List<String> ld = new ArrayList<>(List.of("ld", "-m", "elf_i386", "--no-warn-rwx-segments",
                "-T", src.resolve("kernel.ld").toString(), "-o", "kernel.elf"));
        ld.addAll(KERNEL_OBJECTS);
        run(dir, ld);
        return dir.resolve("kernel.elf");
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

    private static String run(Path dir, List<String> argv) throws IOException, InterruptedException {
        return Exec.run(dir, argv);
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> out = new ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }
}
