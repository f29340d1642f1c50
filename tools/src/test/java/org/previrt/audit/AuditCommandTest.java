package org.previrt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.cli.Main;

/** tools/previrt audit on real inputs, with real gcc, as and objdump. */
class AuditCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    @BeforeEach
    void tools() throws Exception {
        Exec.assumeGcc32(tmp);
    }

    private int audit(String... args) {
        out.reset();
        err.reset();
        List<String> argv = new ArrayList<>(List.of("audit"));
        argv.addAll(List.of(args));
        return Main.run(argv.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestRoot.real());
    }

    private Path write(String name, String text) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void cleanCFileIsFullyCaughtAndUnchanged() throws Exception {
        Path c = write("guest.c", org.previrt.GuestCode.C
                + "static int twice(int x) { return 2 * x; }\n"
                + "int (*pick(int k))(int) { switch (k) { case 0: return twice; default: return 0; } }\n");
        for (String opt : new String[] {"-O0", "-O2", "-Os"}) {
            assertEquals(0, audit(c.toString(), "--", opt, "-g"), out + "\n" + err);
            String o = out.toString();
            assertTrue(o.contains("7 sensitive, 7 caught, 0 missed, 0 changed; 7 sites"), o);
            assertTrue(o.contains("(100.0%)"), o);
        }
    }

    @Test
    void escapedInstructionsAreMissedAndExitOne() throws Exception {
        // pack limits: a prefix before the far form spelled jmp (gas drops the redundant cs), and .byte
        Path s = write("escape.s", """
                .text
                f:  cli
                    cs jmp $0x10, $0x1000
                    .byte 0xfa
                    ret
                """);
        assertEquals(1, audit(s.toString()));
        String o = out.toString();
        assertTrue(o.contains("3 sensitive, 1 caught, 2 missed, 0 changed"), o);
        assertTrue(o.contains("missed  .text+0x1: ljmp $0x10,$0x1000: ljmp-ptr without a site"), o);
        assertTrue(o.contains("missed  .text+0x8: cli: cli without a site"), o);

        assertEquals(1, audit(s.toString(), "--json"));
        String j = out.toString();
        assertTrue(j.contains("\"missed\": 2"), j);
        assertTrue(j.contains("\"ok\": false"), j);
        assertTrue(j.contains("{\"section\": \".text\", \"stockOffset\": 1, \"packOffset\": -1, "
                + "\"insn\": \"ljmp $0x10,$0x1000\""), j);
    }

    @Test
    void movPushPopCountOnlyWithSystemRegisters() throws Exception {
        // a segment override (%gs:0x14, the stack protector) is not a segment register operand
        Path s = write("regs.s", """
                .text
                    mov %gs:0x14, %eax
                    mov %eax, %ebx
                    push %eax
                    pop %ecx
                    movl %cr0, %eax
                    movw %ds, (%eax)
                    push %fs
                    pop %es
                    ret
                """);
        assertEquals(0, audit(s.toString()), out.toString());
        assertTrue(out.toString().contains("4 sensitive, 4 caught, 0 missed, 0 changed"), out.toString());
    }

    @Test
    void bytesChangedOutsideSitesExitOne() throws Exception {
        Path s = write("change.s", ".text\nf:  cli\n    movl $1, %eax\n    jmp f\n    ret\n");
        // a "patched assembler" that alters an immediate while adding the sites
        Path fake = write("fake-as", "#!/bin/sh\nout=$4; in=$5\nsed 's/\\$1,/$2,/' \"$in\" > \"$out.s\"\n"
                + "exec as --32 -o \"$out\" \"" + TestRoot.real().resolve("generated/x86-32/previrt.inc")
                + "\" \"$out.s\"\n");
        fake.toFile().setExecutable(true);
        assertEquals(1, audit(s.toString(), "--as", fake.toString()), out + "\n" + err);
        String o = out.toString();
        assertTrue(o.contains("1 caught, 0 missed, 1 changed"), o);
        assertTrue(o.contains("changed .text+0x1: mov $0x1,%eax: byte +0x1: 0x01 stock, 0x02 pack"), o);
        // the branch back to f moved with the padding: not a change
        assertFalse(o.contains("jmp"), o);
    }

    @Test
    void aNopAddedOffAlignmentIsAChangeButAlignmentFillIsNot() throws Exception {
        // .p2align 4 before g: its fill shrinks once cli gets a site, which is not a change
        Path s = write("stray.s", ".text\nf:  cli\n    movl $1, %eax\n    ret\n    .p2align 4\ng:  jmp f\n");
        assertEquals(0, audit(s.toString()), out.toString());
        Path fake = write("nop-as", "#!/bin/sh\nout=$4; in=$5\nsed 's/movl \\$1, %eax/movl $1, %eax\\n nop/' \"$in\" > \"$out.s\"\n"
                + "exec as --32 -o \"$out\" \"" + TestRoot.real().resolve("generated/x86-32/previrt.inc")
                + "\" \"$out.s\"\n");
        fake.toFile().setExecutable(true);
        assertEquals(1, audit(s.toString(), "--as", fake.toString()), out + "\n" + err);
        assertTrue(out.toString().contains("changed .text+0xd (pack): nop: NOPs added where no alignment asks for them"),
                out.toString());
    }

    @Test
    void userFlagsReachGcc() throws Exception {
        Path c = write("flag.c", "void f(void) {\n#ifdef WITH_HLT\n  __asm__ volatile(\"hlt\");\n#endif\n}\n");
        assertEquals(0, audit(c.toString()));
        assertTrue(out.toString().contains("0 sensitive"), out.toString());
        assertEquals(0, audit(c.toString(), "--", "-DWITH_HLT", "-O2"));
        assertTrue(out.toString().contains("1 sensitive, 1 caught"), out.toString());
    }

    @Test
    void preprocessedAssemblyIsAudited() throws Exception {
        Path s = write("entry.S", "#define SEL 0x10\n.text\n  cli\n  movl $SEL, %eax\n  movw %ax, %ss\n"
                + "#ifdef WITH_IRET\n  iret\n#endif\n");
        assertEquals(0, audit(s.toString(), "--", "-DWITH_IRET"), out + "\n" + err);
        assertTrue(out.toString().contains("3 sensitive, 3 caught, 0 missed, 0 changed"), out.toString());
    }

    @Test
    void orgBackwardsGetsAPrevirtOffHint() throws Exception {
        Path s = write("pinned.s", ".text\ncli\n.org 4\nret\n");
        assertEquals(2, audit(s.toString()));
        assertTrue(err.toString().contains("attempt to move .org backwards"), err.toString());
        assertTrue(err.toString().contains("previrt_off"), err.toString());
        // the remedy the hint names works: previrt_off code is left alone, and the audit says so
        Files.writeString(s, ".text\nprevirt_off\ncli\n.org 4\nret\nprevirt_on\n");
        assertEquals(1, audit(s.toString()));
        assertTrue(out.toString().contains("1 sensitive, 0 caught, 1 missed, 0 changed"), out.toString());
    }

    @Test
    void badInputExitsTwoWithFileAndMessage() throws Exception {
        assertEquals(2, audit(tmp.resolve("absent.s").toString()));
        assertTrue(err.toString().contains("absent.s: no such file"), err.toString());
        assertEquals(2, audit(write("notes.txt", "x").toString()));
        assertTrue(err.toString().contains("notes.txt: not a .c, .S or .s file"), err.toString());
        assertEquals(2, audit(write("broken.c", "int f( {\n").toString()));
        assertTrue(err.toString().contains("broken.c:1:"), err.toString());
        assertEquals(2, audit(write("broken.s", "nosuchinsn %eax\n").toString()));
        assertTrue(err.toString().contains("broken.s:1:"), err.toString());
        assertEquals(2, audit());
        assertEquals("", out.toString());
    }

    @Test
    void inputsAuditedAtOnceGiveTheSameReportInInputOrder() throws Exception {
        List<String> args = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // every other input misses an instruction, so a reordered report would show
            args.add(write("in" + i + ".s", i % 2 == 0 ? "cli\nsti\n" : "cli\n.byte 0xfb\n").toString());
        }
        args.add("--json");
        assertEquals(1, audit(withJobs(args, "1")));
        String serial = out.toString();
        assertTrue(serial.indexOf("in0.s") < serial.indexOf("in5.s"), serial);
        assertEquals(1, audit(withJobs(args, "3")));
        assertEquals(serial, out.toString());
        // the error named is the first failing input's, whichever finishes first
        List<String> bad = new ArrayList<>(args.subList(0, 6));
        bad.add(2, write("bad1.s", "nosuchinsn %eax\n").toString());
        bad.add(write("bad2.s", "nosuchinsn %ebx\n").toString());
        assertEquals(2, audit(withJobs(bad, "4")));
        assertTrue(err.toString().contains("bad1.s:1:") && !err.toString().contains("bad2.s"), err.toString());
        for (String j : new String[] {"0", "65", "two"}) {
            assertEquals(2, audit(withJobs(args, j)));
            assertTrue(err.toString().contains("--jobs wants a number from 1 to 64, not '" + j + "'"), err.toString());
            assertEquals("", out.toString());
        }
    }

    private static String[] withJobs(List<String> args, String jobs) {
        List<String> a = new ArrayList<>(args);
        a.add(0, "--jobs");
        a.add(1, jobs);
        return a.toArray(String[]::new);
    }

    @Test
    void goldenVectorsAgreeWithTheIndependentDecode() throws Exception {
        // every vector but syntax-variants.s, whose .code16 part objdump cannot decode as such
        Path dir = TestRoot.real().resolve("test-vectors");
        List<String> args = new ArrayList<>();
        for (String v : new String[] {"cache-tlb", "counters-msr", "far-pointer-load", "far-transfer", "fast-syscall",
                "flags-register", "halt", "interrupt-flag", "interrupt-return", "machine-status", "pack-options", "port-io",
                "processor-control", "segment-checks", "segment-stack", "software-interrupt", "special-mov", "string-io",
                "system-tables"}) {
            args.add(dir.resolve(v + ".s").toString());
        }
        assertEquals(0, audit(args.toArray(String[]::new)), out.toString());
        assertTrue(out.toString().contains("0 missed, 0 changed"), out.toString());
    }
}
