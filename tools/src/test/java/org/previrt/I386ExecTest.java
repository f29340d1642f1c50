package org.previrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tools/i386-exec, which every test, benchmark and guide uses to run the i386 programs it builds: its
 * probe agrees with the JVM's own attempt to run an i386 program, the emulator path runs a real gcc -m32
 * program (which is how a machine whose kernel refuses i386 programs is simulated on one that runs them),
 * and bad use is refused.
 */
class I386ExecTest {
    @TempDir
    Path tmp;

    private static String script() {
        return TestRoot.real().resolve("tools/i386-exec").toString();
    }

    private static Exec.Result exec(Map<String, String> env, String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of(script()));
        argv.addAll(List.of(args));
        return Exec.run(null, env, null, argv);
    }

    /** A static i386 program without libc that exits with {@code status}, built with as and ld. */
    private Path exitProgram(int status) throws Exception {
        Exec.assumeTool("as", "--version");
        Exec.assumeTool("ld", "--version");
        Path s = tmp.resolve("exit.s");
        Files.writeString(s, "\t.globl _start\n_start:\tmovl $1, %eax\n\tmovl $" + status + ", %ebx\n\tint $0x80\n");
        Path o = tmp.resolve("exit.o");
        Path exe = tmp.resolve("exit");
        assertEquals(0, Exec.run("as", "--32", s.toString(), "-o", o.toString()).exit());
        assertEquals(0, Exec.run("ld", "-m", "elf_i386", o.toString(), "-o", exe.toString()).exit());
        return exe;
    }

    @Test
    void probeAgreesWithTheKernel() throws Exception {
        Path exe = exitProgram(7);
        String kernel;
        try {
            // the JVM execs it directly: ENOEXEC surfaces as an IOException ("Exec format error")
            kernel = Exec.run(exe.toString()).exit() == 7 ? "native" : "refused";
        } catch (IOException e) {
            assertTrue(e.getMessage().contains("Exec format error"), e.getMessage());
            kernel = "refused";
        }
        Exec.Result r = exec(Map.of("PREVIRT_I386", "auto"), "--mode");
        if (kernel.equals("native")) {
            assertEquals("native", r.out().strip(), r.all());
        } else {
            assertTrue(r.out().startsWith("emulated") || r.out().startsWith("none: this kernel does not run i386"),
                    r.all());
        }
        // and the program runs through the script either way, with its own exit status
        Assumptions.assumeFalse(r.out().startsWith("none"), r.out());
        assertEquals(7, exec(Map.of("PREVIRT_I386", "auto"), exe.toString()).exit());
    }

    @Test
    void emulatedModeRunsARealGccProgramUnderQemu() throws Exception {
        Exec.assumeTool("qemu-i386", "--version");
        Exec.assumeGcc32(tmp);
        Path c = tmp.resolve("args.c");
        Files.writeString(c, "#include <stdio.h>\nint main(int argc, char **argv) {\n"
                + "  printf(\"%d bits, %d args:\", (int)(8 * sizeof(void *)), argc - 1);\n"
                + "  for (int i = 1; i < argc; i++) printf(\" [%s]\", argv[i]);\n  puts(\"\");\n  return 3;\n}\n");
        Path exe = tmp.resolve("args");
        Exec.Result cc = Exec.run("gcc", "-m32", "-static", "-o", exe.toString(), c.toString());
        assertEquals(0, cc.exit(), cc.all());
        Exec.Result r = exec(Map.of("PREVIRT_I386", "emulated"), exe.toString(), "a b", "", "$(x)");
        assertEquals(3, r.exit(), r.all());
        assertEquals("32 bits, 3 args: [a b] [] [$(x)]", r.out().strip());
        assertEquals("emulated", exec(Map.of("PREVIRT_I386", "emulated"), "--mode").out().strip());
        assertEquals(List.of("--build=x86_64-pc-linux-gnu", "--host=i686-pc-linux-gnu"),
                exec(Map.of("PREVIRT_I386", "emulated"), "--configure-args").out().lines().toList());
        assertEquals("", exec(Map.of("PREVIRT_I386", "native"), "--configure-args").out());
    }

    @Test
    void badUseIsRefusedWithExit2() throws Exception {
        Exec.Result bad = exec(Map.of("PREVIRT_I386", "sometimes"), "--mode");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("PREVIRT_I386 must be native, emulated or auto, not 'sometimes'"), bad.err());
        Exec.Result none = exec(Map.of());
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("usage: tools/i386-exec"), none.err());
        Exec.Result opt = exec(Map.of(), "--bogus");
        assertEquals(2, opt.exit());
        assertTrue(opt.err().contains("unknown option: --bogus"), opt.err());
    }
}
