package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfSection;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.IsaSpec;
import org.previrt.spec.Specs;
import org.previrt.render.Outputs;
import org.previrt.testutil.Gas;

/**
 * Bad inputs and faults, one table per command. Every case runs on its own copy of the project (and its
 * own folder of inputs) and must end with the expected exit code, a short message containing the expected
 * words, no stack trace (neither "at org." nor "Exception" anywhere in the output), and every file of the
 * copy and the inputs byte-identical to before (or, where stated, exactly what the command was asked to
 * write). The table of docs/failure-handling.md lists these cases.
 */
class FailureHandlingTest {
    @TempDir
    Path tmp;
    private int counter;

    /** Prepares one case in its project copy {@code root} and input folder {@code in}; returns the arguments. */
    interface Setup {
        List<String> prepare(Path root, Path in) throws Exception;
    }

    /** A check after the run, beyond the common ones. */
    interface After {
        void check(Path root, Path in) throws Exception;
    }

    record Case(String tried, int exit, String message, int maxLines, Setup setup, After after) {
    }

    static Case c(String tried, int exit, String message, Setup setup) {
        return new Case(tried, exit, message, 1, setup, null);
    }

    static Case c(String tried, int exit, String message, int maxLines, Setup setup) {
        return new Case(tried, exit, message, maxLines, setup, null);
    }

    static Case c(String tried, int exit, String message, Setup setup, After after) {
        return new Case(tried, exit, message, 1, setup, after);
    }

    // ------------------------------------------------------------------------------------------ generate

    @TestFactory
    Stream<DynamicTest> generate() {
        String v = "templates/binutils/2.40.yaml";
        return run(List.of(
                c("templates/binutils/2.40.yaml missing", 2, "2.40.yaml: missing", (r, in) -> {
                    Files.delete(r.resolve(v));
                    return gen();
                }),
                c("templates/binutils/2.40.yaml a FIFO", 2, "2.40.yaml: not a regular file (FIFO)", (r, in) -> {
                    Files.delete(r.resolve(v));
                    mkfifo(r.resolve(v));
                    return gen();
                }),
                c("templates/binutils/2.40.yaml not YAML", 2, "2.40.yaml", (r, in) -> {
                    Files.writeString(r.resolve(v), "files: [\n");
                    return gen();
                }),
                c("templates/binutils/2.40.yaml without its keys", 2, "malformed binutils version data", (r, in) -> {
                    Files.writeString(r.resolve(v), "version: 2.40\n");
                    return gen();
                }),
                c("a FIFO named isa-specs/*.yaml", 2, "isa-specs/zz.yaml: not a regular file (FIFO)", 2, (r, in) -> {
                    mkfifo(r.resolve("isa-specs/zz.yaml"));
                    return gen();
                }),
                c("a directory named isa-specs/*.yaml", 2, "isa-specs/d.yaml: not a regular file (directory)", 2,
                        (r, in) -> {
                            Files.createDirectory(r.resolve("isa-specs/d.yaml"));
                            return gen();
                        }),
                c("a dangling symlink isa-specs/*.yaml", 2, "isa-specs/dang.yaml: dangling symbolic link", 2,
                        (r, in) -> {
                            Files.createSymbolicLink(r.resolve("isa-specs/dang.yaml"), Path.of("nowhere"));
                            return gen();
                        }),
                c("a symlink loop isa-specs/*.yaml", 2, "isa-specs/loop.yaml: symbolic link loop", 2, (r, in) -> {
                    Files.createSymbolicLink(r.resolve("isa-specs/loop.yaml"), Path.of("loop.yaml"));
                    return gen();
                }),
                c("/dev/zero linked as isa-specs/*.yaml", 2, "isa-specs/zero.yaml: not a regular file (character device)",
                        2, (r, in) -> {
                            Files.createSymbolicLink(r.resolve("isa-specs/zero.yaml"), Path.of("/dev/zero"));
                            return gen();
                        }),
                c("10000-deep YAML nesting", 2, "isa-specs/deep.yaml:1: nesting deeper than", 2, (r, in) -> {
                    Files.writeString(r.resolve("isa-specs/deep.yaml"), "a: " + "[".repeat(10000) + "]".repeat(10000));
                    return gen();
                }),
                c("YAML syntax error in a spec", 2, "isa-specs/interrupt-flag.yaml:", 2, (r, in) -> {
                    Files.writeString(r.resolve("isa-specs/interrupt-flag.yaml"), "\n  - [unclosed\n", 
                            java.nio.file.StandardOpenOption.APPEND);
                    return gen();
                }),
                c("a spec that is not UTF-8", 2, "isa-specs/bad.yaml:2: column 6: not valid UTF-8 (byte 0xff)", 2, (r, in) -> {
                    // line 2, after "é" (two bytes, one column) and "b: x": the bad byte is the 6th character
                    Files.write(r.resolve("isa-specs/bad.yaml"), new byte[] {'a', ':', ' ', '1', '\n',
                        (byte) 0xc3, (byte) 0xa9, 'b', ':', ' ', 'x', (byte) 0xff, '\n'});
                    return gen();
                }),
                c("a vocabulary file that is not UTF-8", 2,
                        "isa-specs/vocabulary/nops.yaml:1: column 3: not valid UTF-8 (byte 0xc3)", 2, (r, in) -> {
                    // a lead byte without its continuation byte
                    Path f = r.resolve("isa-specs/vocabulary/nops.yaml");
                    byte[] old = Files.readAllBytes(f);
                    byte[] bad = new byte[old.length + 3];
                    bad[0] = '#';
                    bad[1] = ' ';
                    bad[2] = (byte) 0xc3;
                    System.arraycopy(old, 0, bad, 3, old.length);
                    Files.write(f, bad);
                    return gen();
                }),
                c("isa-specs/ missing", 2, "spec folder not found", 2, (r, in) -> {
                    deleteTree(r.resolve("isa-specs"));
                    return gen();
                }),
                c("template syntax error", 2, "templates/sites.h.ftl:1: template syntax error", (r, in) -> {
                    Files.writeString(r.resolve("templates/sites.h.ftl"), "<#if>\n");
                    return gen();
                }),
                c("template naming an undefined variable", 2, "templates/sites.h.ftl:2: template error", (r, in) -> {
                    Files.writeString(r.resolve("templates/sites.h.ftl"), "x\n${nosuchvariable}\n");
                    return gen();
                }),
                c("template missing", 2, "templates/as-wrapper.sh.ftl: template not found", (r, in) -> {
                    Files.delete(r.resolve("templates/as-wrapper.sh.ftl"));
                    return gen();
                }),
                c("template a FIFO", 2, "templates/as-wrapper.sh.ftl: not a regular file (FIFO)", (r, in) -> {
                    Files.delete(r.resolve("templates/as-wrapper.sh.ftl"));
                    mkfifo(r.resolve("templates/as-wrapper.sh.ftl"));
                    return gen();
                }),
                c("a directory where a generated file goes", 2,
                        "generated/x86-32/previrt-sites.h: is a directory where generate writes", (r, in) -> {
                            Files.delete(r.resolve("generated/x86-32/previrt-sites.h"));
                            Files.createDirectory(r.resolve("generated/x86-32/previrt-sites.h"));
                            return gen();
                        }),
                c("a FIFO where a generated file goes", 2, "generated/x86-32/previrt.inc: is a FIFO", (r, in) -> {
                    Files.delete(r.resolve("generated/x86-32/previrt.inc"));
                    mkfifo(r.resolve("generated/x86-32/previrt.inc"));
                    return gen();
                }),
                c("a write failing after others succeeded (patches/binutils-2.40 a file)", 2,
                        "patches/binutils-2.40/0001-", (r, in) -> {
                            // the header changes and is written first; the series cannot be: nothing may change
                            Files.writeString(r.resolve("templates/sites.h.ftl"), "/* changed */\n",
                                    java.nio.file.StandardOpenOption.APPEND);
                            deleteTree(r.resolve("patches/binutils-2.40"));
                            Files.writeString(r.resolve("patches/binutils-2.40"), "in the way\n");
                            return gen();
                        }, (r, in) -> assertTrue(temporaries(r).isEmpty(), temporaries(r).toString())),
                c("read-only generated/ with a change pending", 2, "cannot write: permission denied", (r, in) -> {
                    Assumptions.assumeFalse(isRoot(), "root writes read-only folders");
                    Files.writeString(r.resolve("templates/sites.h.ftl"), "/* changed */\n",
                            java.nio.file.StandardOpenOption.APPEND);
                    r.resolve("generated/x86-32").toFile().setWritable(false);
                    return gen();
                }, (r, in) -> r.resolve("generated/x86-32").toFile().setWritable(true)),
                c("--check after an interrupted generate (journal left)", 1, "an earlier generate was interrupted",
                        (r, in) -> {
                            Files.writeString(r.resolve("generated/.previrt-generate.journal"),
                                    "previrt generate journal 1\n");
                            return List.of("generate", "--check");
                        }),
                c("a damaged journal", 2, "not a generate journal", (r, in) -> {
                    Files.writeString(r.resolve("generated/.previrt-generate.journal"), "garbage\n");
                    return gen();
                }),
                c("a journal naming a path outside the managed folders", 2, "bad entry 'del isa-specs/interrupt-flag.yaml'",
                        (r, in) -> {
                            Files.writeString(r.resolve("generated/.previrt-generate.journal"),
                                    "previrt generate journal 1\ndel isa-specs/interrupt-flag.yaml\n");
                            return gen();
                        }),
                c("a FIFO named test-vectors/*.s", 2, "test-vectors/zz.s: not a regular file (FIFO)", (r, in) -> {
                    mkfifo(r.resolve("test-vectors/zz.s"));
                    return gen();
                }),
                c("a test vector that is not UTF-8", 2, "test-vectors/zz.s: not valid UTF-8 at line 1, column 4 (byte 0xff", (r, in) -> {
                    Files.write(r.resolve("test-vectors/zz.s"), new byte[] {'c', 'l', 'i', (byte) 0xff, '\n'});
                    return gen();
                }),
                c("deviations.yaml nested 10000 deep", 2, "deviations.yaml", (r, in) -> {
                    Files.writeString(r.resolve("templates/binutils/testsuite/deviations.yaml"),
                            "a: " + "[".repeat(10000) + "]".repeat(10000));
                    return gen();
                }),
                c("deviations.yaml a FIFO", 2, "deviations.yaml: not a regular file (FIFO)", (r, in) -> {
                    Files.delete(r.resolve("templates/binutils/testsuite/deviations.yaml"));
                    mkfifo(r.resolve("templates/binutils/testsuite/deviations.yaml"));
                    return gen();
                }),
                c("an unexpected argument", 2, "unexpected argument 'x'", (r, in) -> List.of("generate", "x")),
                c("an unknown option", 2, "Unrecognized option: --frobnicate", 2,
                        (r, in) -> List.of("generate", "--frobnicate"))));
    }

    // ------------------------------------------------------------------------------------------ sites

    @TestFactory
    Stream<DynamicTest> sites() {
        return run(List.of(
                c("/dev/zero", 2, "/dev/zero: not a regular file (character device)",
                        (r, in) -> List.of("sites", "/dev/zero")),
                c("a FIFO", 2, "not a regular file (FIFO)", (r, in) -> {
                    mkfifo(in.resolve("f.o"));
                    return List.of("sites", in.resolve("f.o").toString());
                }),
                c("a directory", 2, "not a regular file (directory)", (r, in) -> List.of("sites", in.toString())),
                c("a missing file", 2, "missing.o: no such file", (r, in) -> List.of("sites", in + "/missing.o")),
                c("a sparse file over the 1 GiB limit", 2, "too large", (r, in) -> {
                    try (RandomAccessFile f = new RandomAccessFile(in.resolve("big.o").toFile(), "rw")) {
                        f.setLength((1L << 30) + 1);
                    }
                    return List.of("sites", in.resolve("big.o").toString());
                }),
                c("a text file", 2, "not an ELF file", (r, in) -> {
                    Files.writeString(in.resolve("t.o"), "hello\n");
                    return List.of("sites", in.resolve("t.o").toString());
                }),
                c("a truncated object", 2, "truncated file", (r, in) -> {
                    Path o = object(in, "cli\n", Gas.PLAIN);
                    Files.write(o, java.util.Arrays.copyOf(Files.readAllBytes(o), 200));
                    return List.of("sites", o.toString());
                }),
                c("a typed record whose kind disagrees with the decoded instruction", 1,
                        "decodes as", 2, (r, in) -> {
                            return List.of("sites", records(in, "cli", "sti", true).toString());
                        }),
                c("typed and plain tables of different sizes", 1, "plain record has no matching .afterburn.typed", 3,
                        (r, in) -> List.of("sites", records(in, "cli", "cli", false).toString())),
                c("an invalid sh_link", 2, "sh_link 999 out of range", (r, in) -> {
                    Path o = object(in, "cli\n", Gas.PLAIN);
                    ElfFile e = ElfFile.read(o);
                    ElfSection symtab = e.sections().stream().filter(s -> s.type() == ElfSection.SHT_SYMTAB)
                            .findFirst().orElseThrow();
                    poke(o, e.u32(32) + symtab.index() * 40L + 24, 999);
                    return List.of("sites", o.toString());
                }),
                c("program headers past the end of the file", 2, "program header table", (r, in) -> {
                    Path o = object(in, "cli\n", Gas.PLAIN);
                    poke(o, 28, 0x7ffffff0);                  // e_phoff
                    poke16(o, 42, 32);                         // e_phentsize
                    poke16(o, 44, 1);                          // e_phnum
                    return List.of("sites", o.toString());
                }),
                c("a segment past the end of the file", 2, "segment 0", (r, in) -> {
                    Path o = object(in, "cli\n", Gas.PLAIN);
                    Path exe = Gas.link(in, "t.exe", o);
                    ElfFile e = ElfFile.read(exe);
                    poke(exe, e.u32(28) + 16, 0x7fffffff);    // p_filesz of the first program header
                    return List.of("sites", exe.toString());
                }),
                c("no file at all", 2, "no input file", (r, in) -> List.of("sites"))));
    }

    // ------------------------------------------------------------------------------------------ rewrite

    @TestFactory
    Stream<DynamicTest> rewrite() {
        return run(List.of(
                c("OUT a character device (/dev/null)", 2, "/dev/null: is a character device", (r, in) ->
                        List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), "/dev/null", "--mode", "trap"),
                        (r, in) -> assertTrue(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class)
                                .isOther())),
                c("OUT a FIFO", 2, "is a FIFO, not a regular file", (r, in) -> {
                    mkfifo(in.resolve("out"));
                    return List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "trap");
                }),
                c("OUT a symlink to a file", 2, "is a symbolic link", (r, in) -> {
                    Files.writeString(in.resolve("target"), "keep me\n");
                    Files.createSymbolicLink(in.resolve("out"), in.resolve("target"));
                    return List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "trap");
                }),
                c("OUT a dangling symlink", 2, "is a symbolic link", (r, in) -> {
                    Files.createSymbolicLink(in.resolve("out"), in.resolve("nowhere"));
                    return List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "trap");
                }),
                c("OUT a directory", 2, "is a directory", (r, in) -> {
                    Files.createDirectory(in.resolve("out"));
                    return List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "trap");
                }),
                c("OUT in a missing folder", 2, "does not exist", (r, in) ->
                        List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/no/out", "--mode", "trap")),
                c("IN /dev/zero", 2, "/dev/zero: not a regular file", (r, in) ->
                        List.of("rewrite", "/dev/zero", in + "/out", "--mode", "trap")),
                c("IN a FIFO", 2, "not a regular file (FIFO)", (r, in) -> {
                    mkfifo(in.resolve("in"));
                    return List.of("rewrite", in + "/in", in + "/out", "--mode", "trap");
                }),
                c("IN missing", 2, "no such file", (r, in) -> List.of("rewrite", in + "/in", in + "/out", "--mode", "trap")),
                c("IN with a bad record", 1, "bad site record", 2, (r, in) ->
                        List.of("rewrite", records(in, "cli", "sti", true).toString(), in + "/out", "--mode", "trap")),
                c("call= on an object", 2, "nothing written", 2, (r, in) ->
                        List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "call=f")),
                c("an unknown mode", 2, "unknown mode 'fast'", (r, in) ->
                        List.of("rewrite", object(in, "cli\n", Gas.PLAIN).toString(), in + "/out", "--mode", "fast")),
                c("no OUT", 2, "expected IN and OUT", (r, in) -> List.of("rewrite", "x", "--mode", "trap"))));
    }

    // ------------------------------------------------------------------------------------------ audit

    @TestFactory
    Stream<DynamicTest> audit() {
        return run(List.of(
                c("--as /missing", 2, "--as /missing: not an executable file", (r, in) ->
                        List.of("audit", "--as", "/missing", src(in, "cli\n").toString())),
                c("--as /bin/true", 2, "--as /bin/true: exited 0 but wrote no object", (r, in) ->
                        List.of("audit", "--as", "/bin/true", src(in, "cli\n").toString())),
                c("an input FIFO", 2, "not a regular file (FIFO)", (r, in) -> {
                    mkfifo(in.resolve("f.s"));
                    return List.of("audit", in + "/f.s");
                }),
                c("input /dev/zero", 2, "/dev/zero: not a regular file", (r, in) -> List.of("audit", "/dev/zero")),
                c("a missing input", 2, "no such file", (r, in) -> List.of("audit", in + "/x.s")),
                c("an input that is not .s/.S/.c", 2, "not a .c, .S or .s file", (r, in) -> {
                    Files.writeString(in.resolve("x.txt"), "cli\n");
                    return List.of("audit", in + "/x.txt");
                }),
                c("no input", 2, "no input", (r, in) -> List.of("audit"))));
    }

    // ------------------------------------------------------------------------------------------ binutils

    @TestFactory
    Stream<DynamicTest> binutils() {
        return run(List.of(
                c("import of a truncated tarball", 2, "truncated or not a tarball", (r, in) -> {
                    Path src = in.resolve("src/binutils-9.9");
                    Files.createDirectories(src);
                    StringBuilder big = new StringBuilder();
                    for (int i = 0; i < 20000; i++) {
                        big.append(i).append('\n');
                    }
                    Files.writeString(src.resolve("big.txt"), big);
                    Path tar = in.resolve("b.tar.xz");
                    assertEquals(0, Exec.run("tar", "-C", in.resolve("src").toString(), "-cJf", tar.toString(),
                            "binutils-9.9").exit());
                    byte[] whole = Files.readAllBytes(tar);
                    Files.write(tar, java.util.Arrays.copyOf(whole, whole.length / 2));
                    return List.of("binutils", "import", "--tarball", tar.toString(), "--into", in + "/tree");
                }, (r, in) -> assertFalse(Files.exists(in.resolve("tree")), "a half-unpacked tree was left")),
                c("import of a missing tarball", 2, "no such tarball", (r, in) ->
                        List.of("binutils", "import", "--tarball", in + "/x.tar.xz", "--into", in + "/tree")),
                c("import into a non-empty folder", 2, "exists and is not empty", (r, in) -> {
                    Files.writeString(in.resolve("t.tar"), "");
                    Files.createDirectories(in.resolve("tree"));
                    Files.writeString(in.resolve("tree/keep"), "x\n");
                    return List.of("binutils", "import", "--tarball", in + "/t.tar", "--into", in + "/tree");
                }),
                c("apply on a folder that is not a git checkout", 2, "not a git checkout", (r, in) ->
                        List.of("binutils", "apply", "--checkout", in.toString())),
                c("apply on a missing folder", 2, "no such directory", (r, in) ->
                        List.of("binutils", "apply", "--checkout", in + "/none")),
                c("build on a folder without configure", 2, "has no configure script", (r, in) -> {
                    Assumptions.assumeTrue(hasBuildTools(), "build tools (cc make bison flex makeinfo) missing");
                    return List.of("binutils", "build", "--checkout", in.toString(), "--build-dir", in + "/b");
                }),
                c("--jobs 0", 2, "--jobs wants a number from 1 to 64", (r, in) ->
                        List.of("binutils", "build", "--checkout", in.toString(), "--jobs", "0")),
                c("an unknown subcommand", 2, "unknown binutils subcommand 'frob'", (r, in) ->
                        List.of("binutils", "frob")),
                c("an option of another subcommand", 2, "apply does not take --tarball", (r, in) ->
                        List.of("binutils", "apply", "--checkout", in.toString(), "--tarball", "x"))));
    }

    // ------------------------------------------------------------------------------------------ Main

    @TestFactory
    Stream<DynamicTest> main() {
        return run(List.of(
                c("an unknown command", 2, "unknown command 'frob'", (r, in) -> List.of("frob")),
                c("list with an argument", 2, "list", (r, in) -> List.of("list", "x")),
                c("vectors with a FIFO named test-vectors/*.d", 2, "zz.d: not a regular file (FIFO)", (r, in) -> {
                    mkfifo(r.resolve("test-vectors/zz.d"));
                    return List.of("vectors");
                }),
                c("vectors with a FIFO named test-vectors/*.s", 2, "zz.s: not a regular file (FIFO)", (r, in) -> {
                    mkfifo(r.resolve("test-vectors/zz.s"));
                    return List.of("vectors");
                })));
    }

    /** A bug (here: no project root at all) prints one line naming a log; the trace is only in the log. */
    @org.junit.jupiter.api.Test
    void aBugPrintsOneLineAndWhereTheTraceIs() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"generate"}, devNull(), new PrintStream(err, true, StandardCharsets.UTF_8), null);
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(Main.INTERNAL_ERROR, rc, e);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.startsWith("previrt generate: internal error (a bug in previrt"), e);
        assertFalse(e.contains("at org."), e);
        Path log = Path.of(e.substring(e.indexOf("details in ") + "details in ".length()).strip());
        try {
            assertTrue(Files.readString(log).contains("at org.previrt."), "no trace in " + log);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    // ------------------------------------------------------------------------------------------ as wrapper

    @TestFactory
    Stream<DynamicTest> wrapper() {
        return wrapperCases(List.of(
                c("PREVIRT_REAL_AS naming the wrapper", 2, "PREVIRT_REAL_AS=", (r, in) ->
                        List.of("PREVIRT_REAL_AS=" + wrapper(r))),
                c("PREVIRT_REAL_AS naming a symlink to the wrapper", 2, "it would run itself forever", (r, in) -> {
                    Files.createSymbolicLink(in.resolve("as"), wrapper(r));
                    return List.of("PREVIRT_REAL_AS=" + in.resolve("as"));
                }),
                c("PREVIRT_REAL_AS naming a copy of the wrapper", 2, "it would run itself forever", (r, in) -> {
                    Files.copy(wrapper(r), in.resolve("as"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                    return List.of("PREVIRT_REAL_AS=" + in.resolve("as"));
                }),
                c("PREVIRT_REAL_AS=/missing", 2, "PREVIRT_REAL_AS=/missing: not an executable", (r, in) ->
                        List.of("PREVIRT_REAL_AS=/missing")),
                c("PREVIRT_REAL_AS a symlink loop", 2, "not an executable", (r, in) -> {
                    Files.createSymbolicLink(in.resolve("loop"), in.resolve("loop"));
                    return List.of("PREVIRT_REAL_AS=" + in.resolve("loop"));
                }),
                c("PREVIRT_REAL_AS a directory", 2, "not an executable", (r, in) -> List.of("PREVIRT_REAL_AS=" + in)),
                c("PREVIRT_REAL_AS a name not on PATH", 2, "PREVIRT_REAL_AS=nosuch-as: no such executable on PATH",
                        (r, in) -> List.of("PREVIRT_REAL_AS=nosuch-as")),
                c("PREVIRT_REAL_AS=as with the wrapper first on PATH", 0, "", (r, in) -> List.of(
                        "PREVIRT_REAL_AS=as", "PATH=" + wrapper(r).getParent() + ":" + System.getenv("PATH")),
                        (r, in) -> assertTrue(Files.size(in.resolve("t.o")) > 0)),
                c("two wrapper copies and a symlink first on PATH", 0, "", (r, in) -> {
                    Path other = TestRoot.copyTree(r.resolve("generated"), in.resolve("other"));
                    Files.createDirectories(in.resolve("links"));
                    Files.createSymbolicLink(in.resolve("links/as"), wrapper(r));
                    return List.of("PATH=" + in.resolve("links") + ":" + other.resolve("x86-32/bin") + ":"
                            + wrapper(r).getParent() + ":" + System.getenv("PATH"));
                }, (r, in) -> assertTrue(Files.size(in.resolve("t.o")) > 0)),
                c("no real as on PATH", 2, "no real 'as' on PATH", (r, in) ->
                        List.of("PATH=" + wrapper(r).getParent())),
                c("PREVIRT_PACK=fancy", 2, "PREVIRT_PACK must be afterburn or typed", (r, in) ->
                        List.of("PREVIRT_PACK=fancy")),
                c("the pack missing beside the wrapper", 2, "macro pack", (r, in) -> {
                    Files.delete(r.resolve("generated/x86-32/previrt.inc"));
                    return List.of();
                })));
    }

    // ------------------------------------------------------------------------------------------ kill -9

    /**
     * A {@code generate} child process killed with SIGKILL at random points (its steps slowed down so kills
     * land between temporaries, the journal and the renames); the next run's recovery must leave exactly
     * the old set or exactly the new set, and a full rerun the new set without temporaries.
     */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Tag("slow")
    void generateKilledAtRandomPointsLeavesTheOldOrTheNewSet() throws Exception {
        Path root = copyProject(tmp.resolve("kill/root"));
        Path pristine = copyProject(tmp.resolve("kill/pristine"));
        for (Path r : List.of(root, pristine)) {
            append(r.resolve("templates/sites.h.ftl"), "/* new set */\n");
            append(r.resolve("templates/as-wrapper.sh.ftl"), "# new set\n");
            append(r.resolve("templates/pack.inc.ftl"), "# new set\n");
            append(r.resolve("templates/binutils/gas/tc-i386-previrt.c"), "/* new set */\n");
        }
        Map<String, String> oldSet = managed(root);
        Path next = copyTree(pristine, tmp.resolve("kill/next"));
        assertEquals(0, Main.run(new String[] {"generate"}, devNull(), devNull(), next));
        Map<String, String> newSet = managed(next);
        assertFalse(oldSet.equals(newSet));

        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> child = List.of(java, "-cp", System.getProperty("java.class.path"), "-Dprevirt.root=" + root,
                "-Dprevirt.generate.stepDelayMs=150", Main.class.getName(), "generate");
        // one unkilled run measures how long a whole run takes here, so the kills spread over all of it
        long t0 = System.nanoTime();
        assertEquals(0, new ProcessBuilder(child).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("kill/child.log").toFile()).start().waitFor());
        int whole = (int) ((System.nanoTime() - t0) / 1_000_000);
        assertEquals(newSet, managed(root));
        java.util.Random random = new java.util.Random(10);
        int sawOld = 0;
        int sawNew = 0;
        int sawJournal = 0;
        for (int round = 0; round < 10; round++) {
            for (String entry : Outputs.MANAGED_DIRS) {
                if (entry.contains("/*")) { // only the folder's files of that kind are generate's
                    String d = entry.substring(0, entry.indexOf("/*"));
                    String suffix = entry.substring(entry.indexOf("/*") + 2);
                    try (Stream<Path> files = Files.list(root.resolve(d))) {
                        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                            Files.delete(f);
                        }
                    }
                    try (Stream<Path> files = Files.list(pristine.resolve(d))) {
                        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                            Files.copy(f, root.resolve(d).resolve(f.getFileName().toString()));
                        }
                    }
                    continue;
                }
                deleteTree(root.resolve(entry));
                copyTree(pristine.resolve(entry), root.resolve(entry));
            }
            assertEquals(oldSet, managed(root));
            Process p = new ProcessBuilder(child).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("kill/child.log").toFile()).start();
            Thread.sleep(whole / 5 + random.nextInt(whole));
            p.destroyForcibly(); // SIGKILL
            p.waitFor(30, TimeUnit.SECONDS);
            if (Files.exists(root.resolve("generated/.previrt-generate.journal"))) {
                sawJournal++;
            }
            new org.previrt.write.OutputTree(root, Outputs.MANAGED_DIRS).recover();
            Map<String, String> now = managed(root);
            assertTrue(now.equals(oldSet) || now.equals(newSet), "round " + round + ": a mix of old and new files");
            if (now.equals(oldSet)) {
                sawOld++;
            } else {
                sawNew++;
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(0, Main.run(new String[] {"generate"}, devNull(), new PrintStream(err, true, StandardCharsets.UTF_8),
                    root), err.toString(StandardCharsets.UTF_8));
            assertEquals(newSet, managed(root));
            assertTrue(temporaries(root).isEmpty(), temporaries(root).toString());
        }
        System.out.printf("kill -9 rounds (whole run %d ms): %d old set, %d new set, %d with a pending journal%n",
                whole, sawOld, sawNew, sawJournal);
    }

    /**
     * A write that fails half-way for lack of space: {@code ulimit -f} makes every write past 30 KiB fail
     * with EFBIG, as a full disk fails with ENOSPC. generate must change nothing and leave no temporary;
     * rewrite must not create OUT.
     */
    @org.junit.jupiter.api.Test
    void aWriteFailingForLackOfSpaceChangesNothing() throws Exception {
        Exec.assumeTool("bash", "--version");
        Path root = copyProject(tmp.resolve("full/root"));
        append(root.resolve("templates/pack.inc.ftl"), "# changed\n");
        append(root.resolve("templates/sites.h.ftl"), "/* changed */\n");
        Path in = Files.createDirectories(tmp.resolve("full/in"));
        Path big = object(in, "cli\n.fill 40000, 1, 0x90\nsti\n", Gas.PLAIN);
        Map<String, String> before = snapshot(tmp.resolve("full"));
        String java = ProcessHandle.current().info().command().orElse("java");
        String cp = System.getProperty("java.class.path");
        for (List<String> args : List.of(List.of("generate"),
                List.of("rewrite", big.toString(), in.resolve("out.o").toString(), "--mode", "trap"))) {
            List<String> argv = new ArrayList<>(List.of("bash", "-c", "ulimit -f 30; exec \"$@\"", "bash", java,
                    "-XX:-UsePerfData", "-cp", cp, "-Dprevirt.root=" + root, Main.class.getName()));
            argv.addAll(args);
            Exec.Result r = Exec.run(null, Map.of(), null, argv);
            check(new Case("no space", 2, "cannot write: file too large", 1, null, null), r.exit(), r.out(), r.err());
            assertEquals(before, snapshot(tmp.resolve("full")), "files changed by " + args);
        }
    }

    private static Map<String, String> managed(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        for (String entry : Outputs.MANAGED_DIRS) {
            // "DIR/*.SUFFIX": only that folder's files of that kind (test-vectors/*.d, not the sources)
            String d = entry.contains("/*") ? entry.substring(0, entry.indexOf("/*")) : entry;
            String suffix = entry.contains("/*") ? entry.substring(entry.indexOf("/*") + 2) : null;
            snapshot(root.resolve(d)).forEach((k, v) -> {
                if (suffix == null || k.endsWith(suffix) && !k.contains("/")) {
                    out.put(d + "/" + k, v);
                }
            });
        }
        return out;
    }

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        return TestRoot.copyTree(from, to);
    }

    private static PrintStream devNull() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }

    // ------------------------------------------------------------------------------------------ running

    private Stream<DynamicTest> run(List<Case> cases) {
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.tried(), () -> {
            Path dir = tmp.resolve("case" + counter++);
            Path root = copyProject(dir.resolve("root"));
            Path in = Files.createDirectories(dir.resolve("in"));
            List<String> args = k.setup().prepare(root, in);
            Map<String, String> before = snapshot(dir);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Main.run(args.toArray(String[]::new),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    root), "hangs: " + args);
            if (k.after() != null) {
                k.after().check(root, in);
            }
            check(k, rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            assertEquals(before, snapshot(dir), "files changed by a failing " + args);
        }));
    }

    /** The wrapper assembles {@code cli} into in/t.o with the environment the case returns. */
    private Stream<DynamicTest> wrapperCases(List<Case> cases) {
        return cases.stream().map(k -> DynamicTest.dynamicTest(k.tried(), () -> {
            Exec.assumeTool("as", "--version");
            Path dir = tmp.resolve("case" + counter++);
            Path root = copyProject(dir.resolve("root"));
            Path in = Files.createDirectories(dir.resolve("in"));
            Files.writeString(in.resolve("t.s"), "cli\n");
            List<String> env = k.setup().prepare(root, in);
            Map<String, String> before = snapshot(dir);
            ProcessBuilder pb = new ProcessBuilder(wrapper(root).toString(), "--32", "-o", in.resolve("t.o").toString(),
                    in.resolve("t.s").toString()).directory(in.toFile());
            for (String e : env) {
                pb.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
            }
            pb.redirectOutput(in.resolve("../stdout").toFile()).redirectError(in.resolve("../stderr").toFile());
            Process p = pb.start();
            boolean ended = p.waitFor(30, TimeUnit.SECONDS);
            if (!ended) {
                p.destroyForcibly();
            }
            assertTrue(ended, "the wrapper hangs (loops) with " + env);
            String out = Files.readString(dir.resolve("stdout"));
            String err = Files.readString(dir.resolve("stderr"));
            if (k.after() != null) {
                k.after().check(root, in);
            }
            check(k, p.exitValue(), out, err);
            if (k.exit() != 0) {
                Map<String, String> after = snapshot(dir);
                after.remove("stdout");
                after.remove("stderr");
                assertEquals(before, after, "files changed by a failing wrapper run");
            }
        }));
    }

    private static void check(Case k, int rc, String out, String err) {
        String all = out + err;
        assertEquals(k.exit(), rc, "exit code; output:\n" + all);
        assertFalse(all.contains("at org."), "stack trace:\n" + all);
        assertFalse(all.contains("Exception"), "exception name:\n" + all);
        assertFalse(all.contains("internal error"), all);
        if (k.exit() != 0) {
            List<String> lines = err.lines().toList();
            assertFalse(lines.isEmpty(), "no message");
            assertTrue(lines.size() <= k.maxLines(), "more than " + k.maxLines() + " line(s):\n" + err);
            assertTrue(err.contains(k.message()), "expected '" + k.message() + "' in:\n" + err);
        }
    }

    private static List<String> gen() {
        return List.of("generate");
    }

    static Path copyProject(Path root) throws IOException {
        TestRoot.copy(root);
        TestRoot.copyTree(TestRoot.real().resolve("patches"), root.resolve("patches"));
        return root;
    }

    static Path wrapper(Path root) {
        return root.resolve("generated/x86-32/bin/as");
    }

    /** Every path under {@code dir}: kind, link target or content hash (FIFOs and devices are never opened). */
    static Map<String, String> snapshot(Path dir) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String what;
                if (a.isSymbolicLink()) {
                    what = "link " + Files.readSymbolicLink(p);
                } else if (a.isDirectory()) {
                    what = "dir";
                } else if (a.isOther()) {
                    what = "special";
                } else if (a.size() > (64 << 20)) {
                    what = "big " + a.size() + " " + a.lastModifiedTime();
                } else {
                    what = HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p)))
                            + (Files.isExecutable(p) ? " x" : "");
                }
                out.put(dir.relativize(p).toString(), what);
            }
        }
        return out;
    }

    static List<Path> temporaries(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String d : Outputs.MANAGED_DIRS) {
            if (Files.isDirectory(root.resolve(d))) {
                try (Stream<Path> s = Files.walk(root.resolve(d))) {
                    s.filter(p -> p.getFileName().toString().endsWith(".previrt-new")
                            || p.getFileName().toString().equals(".previrt-generate.journal")).forEach(out::add);
                }
            }
        }
        return out;
    }

    static void mkfifo(Path p) throws Exception {
        Exec.assumeTool("mkfifo", "--version");
        assertEquals(0, Exec.run("mkfifo", p.toString()).exit());
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static boolean hasBuildTools() {
        try {
            org.previrt.binutils.tool.Builder.checkTools();
            return true;
        } catch (org.previrt.binutils.tool.BinutilsException e) {
            return false;
        }
    }

    static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }

    private static Path src(Path in, String text) throws IOException {
        Exec.assumeTool("as", "--version");
        Path s = in.resolve("a.s");
        Files.writeString(s, text);
        return s;
    }

    private static Path object(Path in, String source, String pack) throws Exception {
        Exec.assumeTool("as", "--version");
        return Gas.assemble(in, "t", source, pack);
    }

    /**
     * An object with one {@code first} site and, when {@code both}, a second {@code second} site, whose
     * records are written by hand: two plain records and one typed record per site that says kind
     * {@code second} for the first site (when both) or only one typed record (when not both).
     */
    private static Path records(Path in, String first, String second, boolean both) throws Exception {
        IsaSpec spec = Specs.load(TestRoot.real());
        int k1 = kind(spec, first);
        int k2 = kind(spec, second);
        String src = ".text\n1: " + first + "\n2: " + second + "\n3:\n"
                + ".section .afterburn,\"\",@progbits\n.long 1b, 2b\n.long 2b, 3b\n"
                + ".section .afterburn.typed,\"\",@progbits\n"
                + (both ? ".long 1b, 2b\n.short " + k2 + "\n.byte 1, 0\n.long 2b, 3b\n.short " + k2 + "\n.byte 1, 0\n"
                        : ".long 1b, 2b\n.short " + k1 + "\n.byte 1, 0\n");
        return object(in, src, null);
    }

    private static int kind(IsaSpec spec, String form) {
        return spec.forms().stream().filter(f -> f.name().equals(form)).mapToInt(Form::kind).findFirst().orElseThrow();
    }

    private static void poke(Path file, long at, long value) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)});
        }
    }

    private static void poke16(Path file, long at, int value) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(new byte[] {(byte) value, (byte) (value >> 8)});
        }
    }
}
