package org.previrt.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.previrt.util.IoErrors;
import org.previrt.util.PrevirtException;
import org.previrt.util.ProcessRunner;
import org.previrt.util.RegularFiles;
import org.previrt.write.AtomicFile;

/**
 * {@code monitor -o FILE}: builds the reference in-place monitor (tools/monitor/, with
 * generated/x86-32/previrt-sites.h) into a multiboot ELF with the system gcc, as and ld. Boot a kernel
 * built with previrt through it: {@code qemu-system-i386 -kernel FILE -initrd "KERNEL[,INITRAMFS]"}.
 */
final class MonitorCommand implements Command {
    /** The monitor's sources under the project root; compiled in this order. */
    static final List<String> C_SOURCES = List.of("monitor.c", "sites.c", "copies.c");
    static final List<String> SOURCES = List.of("entry.s", "monitor.c", "sites.c", "copies.c", "monitor.h", "sites.h",
            "copies.h", "monitor.ld");
    /** Freestanding 32-bit code: no libc, no SSE in trap paths, no calls to memcpy the monitor does not have. */
    static final List<String> CFLAGS = List.of("-m32", "-O2", "-ffreestanding", "-fno-pic", "-fno-pie", "-nostdlib",
            "-fno-builtin", "-fno-stack-protector", "-fno-asynchronous-unwind-tables", "-mgeneral-regs-only",
            "-fno-tree-loop-distribute-patterns", "-Wall", "-Wextra", "-Werror");
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @Override
    public String name() {
        return "monitor";
    }

    @Override
    public String summary() {
        return "build the reference in-place monitor (multiboot ELF) that loads and soft-layers a previrt kernel";
    }

    @Override
    public String argsSyntax() {
        return "-o FILE";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("where to write the monitor (written atomically)").build());
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument '" + line.getArgList().get(0) + "' (usage: tools/previrt monitor "
                    + argsSyntax() + ")");
        }
        String o = line.getOptionValue("o");
        if (o == null) {
            throw new UsageException("-o FILE is required (usage: tools/previrt monitor " + argsSyntax() + ")");
        }
        Path out = Path.of(o);
        RegularFiles.checkOutput(out);
        String missing = missingTool(System.getenv("PATH"));
        if (missing != null) {
            throw new PrevirtException(PrevirtException.BAD_INPUT, missing);
        }
        byte[] elf = build(ctx.root());
        RegularFiles.checkOutput(out);
        try {
            AtomicFile.write(out, elf, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (IOException e) {
            throw new IoErrors.PathError(out, "cannot write: " + IoErrors.reason(e));
        }
        ctx.out().printf("monitor: %s (%d bytes); boot: qemu-system-i386 -kernel %s -initrd \"KERNEL[,INITRAMFS]\"%n",
                o, elf.length, o);
        return 0;
    }

    /** The first of gcc, as and ld not on {@code path}, as a message with its Debian package; null when all are. */
    static String missingTool(String path) {
        for (String[] t : new String[][] {{"gcc", "gcc gcc-multilib"}, {"as", "binutils"}, {"ld", "binutils"}}) {
            boolean found = false;
            for (String d : (path == null ? "" : path).split(File.pathSeparator)) {
                if (!d.isEmpty() && Files.isExecutable(Path.of(d, t[0]))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return t[0] + " is not on PATH; the monitor is built with the system gcc, as and ld "
                        + "(Debian: apt-get install " + t[1] + "); nothing written";
            }
        }
        return null;
    }

    /** Compiles and links in a temporary folder (sources copied in, so no path of this checkout is in the output). */
    static byte[] build(Path root) throws IOException, InterruptedException, PrevirtException {
        Path src = root.resolve("tools/monitor");
        Path header = root.resolve("generated/x86-32/previrt-sites.h");
        Path dir = Files.createTempDirectory("previrt-monitor.");
        try {
            for (String s : SOURCES) {
                Path from = src.resolve(s);
                if (!Files.isRegularFile(from)) {
                    throw new PrevirtException(PrevirtException.BAD_INPUT, from + ": missing monitor source; nothing written");
                }
                Files.copy(from, dir.resolve(s));
            }
            if (!Files.isRegularFile(header)) {
                throw new PrevirtException(PrevirtException.BAD_INPUT, header + ": missing (run tools/previrt generate); nothing written");
            }
            Files.copy(header, dir.resolve("previrt-sites.h"));
            List<String> objects = new ArrayList<>(List.of("entry.o"));
            step(dir, List.of("as", "--32", "entry.s", "-o", "entry.o"));
            for (String c : C_SOURCES) {
                String obj = c.replace(".c", ".o");
                List<String> cc = new ArrayList<>(List.of("gcc"));
                cc.addAll(CFLAGS);
                cc.addAll(List.of("-I", ".", "-c", c, "-o", obj));
                step(dir, cc);
                objects.add(obj);
            }
            List<String> ld = new ArrayList<>(List.of("ld", "-m", "elf_i386", "--no-warn-rwx-segments", "-T", "monitor.ld",
                    "-o", "monitor.elf"));
            ld.addAll(objects);
            step(dir, ld);
            return Files.readAllBytes(dir.resolve("monitor.elf"));
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void step(Path dir, List<String> argv) throws IOException, InterruptedException, PrevirtException {
        ProcessRunner.Result r = ProcessRunner.run(argv, dir, Map.of(), TIMEOUT);
        if (r.exit() != 0) {
            throw new PrevirtException(PrevirtException.BAD_INPUT, String.join(" ", argv) + " failed (exit " + r.exit()
                    + "); nothing written:\n" + (r.out() + r.err()).strip());
        }
    }
}
