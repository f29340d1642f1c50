package org.previrt.wrapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.GuestCode;
import org.previrt.TestRoot;

/** generated/x86-32/bin/as with real gcc and as: gcc -m32 -B<dir>/ must afterburn, everything else not. */
class AsWrapperTest {
    static final String GUEST_C = GuestCode.C;
    static final int GUEST_SITES = GuestCode.SITES;

    @TempDir
    Path tmp;
    Path bin;
    Path source;

    @BeforeEach
    void setUp() throws IOException {
        Exec.assumeGcc32(tmp);
        bin = TestRoot.real().resolve("generated/x86-32/bin");
        source = tmp.resolve("guest.c");
        Files.writeString(source, GUEST_C);
    }

    static long sectionSize(Path obj, String section) throws Exception {
        return SectionSizes.of(obj, section);
    }

    private Exec.Result gcc(Map<String, String> env, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("gcc"));
        argv.addAll(List.of(args));
        return Exec.run(tmp, env, null, argv);
    }

    private String dashB() {
        return "-B" + bin + "/";
    }

    @Test
    void gccLooksUpAsInTheDashBFolder() throws Exception {
        Exec.Result r = gcc(Map.of(), "-m32", dashB(), "-print-prog-name=as");
        assertEquals(bin.resolve("as").toString(), r.out().trim());
    }

    @Test
    void gccDashBPutsEverySensitiveInstructionInASite() throws Exception {
        Path obj = tmp.resolve("guest.o");
        Exec.Result r = gcc(Map.of(), "-m32", "-O2", dashB(), "-c", source.toString(), "-o", obj.toString());
        assertEquals(0, r.exit(), r.all());
        assertEquals(GUEST_SITES * 8, sectionSize(obj, ".afterburn"));
        // the same bytes as passing the pack by hand
        Path byHand = tmp.resolve("by-hand.o");
        Path pack = TestRoot.real().resolve("generated/x86-32/previrt.inc");
        r = gcc(Map.of(), "-m32", "-O2", "-c", source.toString(), "-Wa," + pack, "-o", byHand.toString());
        assertEquals(0, r.exit(), r.all());
        assertArrayEquals(Files.readAllBytes(byHand), Files.readAllBytes(obj));
    }

    @Test
    void pathsWithSpacesPassThrough() throws Exception {
        Path gen = tmp.resolve("a tree/with space");
        TestRoot.copyTree(TestRoot.real().resolve("generated"), gen);
        Path src = tmp.resolve("src dir/my guest.c");
        Files.createDirectories(src.getParent());
        Files.writeString(src, GUEST_C);
        Path obj = tmp.resolve("out dir/my guest.o");
        Files.createDirectories(obj.getParent());
        Exec.Result r = gcc(Map.of(), "-m32", "-B" + gen.resolve("x86-32/bin") + "/", "-c", src.toString(),
                "-o", obj.toString());
        assertEquals(0, r.exit(), r.all());
        assertEquals(GUEST_SITES * 8, sectionSize(obj, ".afterburn"));
    }

    @Test
    void pipeFeedsStdinAfterThePack() throws Exception {
        Path piped = tmp.resolve("piped.o");
        Path plain = tmp.resolve("plain.o");
        assertEquals(0, gcc(Map.of(), "-m32", "-pipe", dashB(), "-c", source.toString(), "-o", piped.toString()).exit());
        assertEquals(0, gcc(Map.of(), "-m32", dashB(), "-c", source.toString(), "-o", plain.toString()).exit());
        assertEquals(GUEST_SITES * 8, sectionSize(piped, ".afterburn"));
        assertArrayEquals(Files.readAllBytes(plain), Files.readAllBytes(piped));
    }

    @Test
    void stdinWithAndWithoutDash() throws Exception {
        Path s = tmp.resolve("one.s");
        Files.writeString(s, "cli\nret\n");
        for (boolean dash : new boolean[] {false, true}) {
            Path obj = tmp.resolve("stdin-" + dash + ".o");
            List<String> argv = new ArrayList<>(List.of(bin.resolve("as").toString(), "--32", "-o", obj.toString()));
            if (dash) {
                argv.add("-");
            }
            Exec.Result r = Exec.run(tmp, Map.of(), s, argv);
            assertEquals(0, r.exit(), r.all());
            assertEquals(8, sectionSize(obj, ".afterburn"), "dash=" + dash);
        }
    }

    @Test
    void sixtyFourBitBuildsAreLeftAlone() throws Exception {
        Path viaB = tmp.resolve("b64.o");
        Path stock = tmp.resolve("s64.o");
        String c64 = "unsigned long r(void) { unsigned long v; __asm__ volatile(\"mov %%cr0, %0\" : \"=r\"(v)); return v; }\n";
        Files.writeString(source, c64);
        assertEquals(0, gcc(Map.of(), "-m64", dashB(), "-c", source.toString(), "-o", viaB.toString()).exit());
        assertEquals(0, gcc(Map.of(), "-m64", "-c", source.toString(), "-o", stock.toString()).exit());
        assertEquals(0, sectionSize(viaB, ".afterburn"));
        assertArrayEquals(Files.readAllBytes(stock), Files.readAllBytes(viaB));
    }

    @Test
    void argumentsReachTheRealAsUntouched() throws Exception {
        Path log = tmp.resolve("args.log");
        Path fake = tmp.resolve("fake as");
        Files.writeString(fake, "#!/bin/sh\nfor a do printf '%s\\n' \"$a\"; done > \"$ARGS_LOG\"\n");
        fake.toFile().setExecutable(true);
        Map<String, String> env = Map.of("PREVIRT_REAL_AS", fake.toString(), "ARGS_LOG", log.toString());
        String pack = bin.resolve("../previrt.inc").toString();
        String wrapper = bin.resolve("as").toString();

        Exec.Result r = Exec.run(tmp, env, null, List.of(wrapper, "--32", "-o", "a b.o", "-I", "inc dir", "x y.s"));
        assertEquals(0, r.exit(), r.all());
        assertEquals(List.of("--32", "-o", "a b.o", "-I", "inc dir", pack, "x y.s"), Files.readAllLines(log));

        Exec.Result n = Exec.run(tmp, Map.of("PREVIRT_REAL_AS", fake.toString(), "ARGS_LOG", log.toString(),
                "PREVIRT_NOP1", "1", "PREVIRT_FAST", "1"), null, List.of(wrapper, "--32", "-o", "a.o"));
        assertEquals(0, n.exit(), n.all());
        // PREVIRT_FAST is gone: it added nothing
        assertEquals(List.of("--defsym", "PREVIRT_NOP1=1", "--32", "-o", "a.o", pack, "-"), Files.readAllLines(log));

        // PREVIRT_SKIP: a pattern matching the -o value (either spelling) runs the real as without the pack,
        // with only the skip file (the generation record marked skipped) in front of the input
        String skip = bin.resolve("../previrt-skipped.inc").toString();
        for (List<String> skipped : List.of(List.of("--32", "-o", "boot/head.o", skip, "x.s"),
                List.of("--32", "-oboot/head.o", skip, "-"))) {
            List<String> argv = new ArrayList<>(List.of(wrapper));
            argv.addAll(skipped.stream().filter(a -> !a.equals(skip) && !a.equals("-")).toList());
            Exec.Result k = Exec.run(tmp, Map.of("PREVIRT_REAL_AS", fake.toString(), "ARGS_LOG", log.toString(),
                    "PREVIRT_SKIP", "*.x boot/*.o"), null, argv);
            assertEquals(0, k.exit(), k.all());
            assertEquals(skipped, Files.readAllLines(log));
        }
        Exec.Result kept = Exec.run(tmp, Map.of("PREVIRT_REAL_AS", fake.toString(), "ARGS_LOG", log.toString(),
                "PREVIRT_SKIP", "boot/*.o *"), null, List.of(wrapper, "--32", "-o", "kernel/a.o", "x.s"));
        assertEquals(0, kept.exit(), kept.all());
        assertEquals(List.of("--32", "-o", "kernel/a.o", skip, "x.s"), Files.readAllLines(log), "* matches every object");
        Exec.Result none = Exec.run(tmp, Map.of("PREVIRT_REAL_AS", fake.toString(), "ARGS_LOG", log.toString(),
                "PREVIRT_SKIP", "boot/*.o"), null, List.of(wrapper, "--32", "-o", "kernel/a.o", "x.s"));
        assertEquals(0, none.exit(), none.all());
        assertEquals(List.of("--32", "-o", "kernel/a.o", pack, "x.s"), Files.readAllLines(log));

        for (List<String> untouched : List.of(List.of("--64", "-o", "a.o", "x.s"), List.of("--32", "--x32", "x.s"),
                List.of("-o", "a.o", "x.s"), List.of("--version"))) {
            List<String> argv = new ArrayList<>(List.of(wrapper));
            argv.addAll(untouched);
            assertEquals(0, Exec.run(tmp, env, null, argv).exit());
            assertEquals(untouched, Files.readAllLines(log));
        }
    }

    @Test
    void environmentPicksPackAndNops() throws Exception {
        Path typed = tmp.resolve("typed.o");
        assertEquals(0, gcc(Map.of("PREVIRT_PACK", "typed"), "-m32", dashB(), "-c", source.toString(),
                "-o", typed.toString()).exit());
        assertEquals(GUEST_SITES * 12, sectionSize(typed, ".afterburn.typed"));

        Path nop1 = tmp.resolve("nop1.o");
        assertEquals(0, gcc(Map.of("PREVIRT_NOP1", "1"), "-m32", dashB(), "-c", source.toString(),
                "-o", nop1.toString()).exit());
        String dis = Exec.run("objdump", "-d", nop1.toString()).out();
        assertTrue(dis.contains("\tnop"), dis);
        assertFalse(dis.contains("lea    0x0(%esi"), dis);

        Exec.Result bad = gcc(Map.of("PREVIRT_PACK", "fancy"), "-m32", dashB(), "-c", source.toString(),
                "-o", tmp.resolve("bad.o").toString());
        assertTrue(bad.exit() != 0);
        assertTrue(bad.err().contains("PREVIRT_PACK must be afterburn or typed"), bad.err());
    }

    @Test
    void findsTheRealAsEvenWhenItsOwnFolderIsOnPath() throws Exception {
        Path s = tmp.resolve("one.s");
        Files.writeString(s, "sti\n");
        Path obj = tmp.resolve("one.o");
        Exec.Result r = Exec.run(tmp, Map.of("PATH", bin + ":" + System.getenv("PATH")), null,
                List.of(bin.resolve("as").toString(), "--32", "-o", obj.toString(), s.toString()));
        assertEquals(0, r.exit(), r.all());
        assertEquals(8, sectionSize(obj, ".afterburn"));
    }

    @Test
    void twoCopiesOnPathAndSymlinksNeitherLoopNorDoublePack() throws Exception {
        Path other = tmp.resolve("other copy");
        TestRoot.copyTree(TestRoot.real().resolve("generated"), other);
        Path link = tmp.resolve("links/as");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, bin.resolve("as"));
        Path s = tmp.resolve("one.s");
        Files.writeString(s, "hlt\n");
        String path = other.resolve("x86-32/bin") + ":" + bin + ":" + System.getenv("PATH");
        for (Path wrapper : List.of(bin.resolve("as"), link)) {
            Path obj = tmp.resolve("two.o");
            Exec.Result r = Exec.run(tmp, Map.of("PATH", path), null,
                    List.of(wrapper.toString(), "--32", "-o", obj.toString(), s.toString()));
            assertEquals(0, r.exit(), wrapper + ": " + r.all());
            assertEquals(8, sectionSize(obj, ".afterburn"), wrapper.toString());
        }
        Files.delete(link); // JUnit warns about links out of its temp dir
    }

    @Test
    void wrapperIsGeneratedExecutableShellWithoutJava() throws Exception {
        Path as = bin.resolve("as");
        String text = Files.readString(as);
        assertTrue(text.startsWith("#!/bin/sh\n"));
        assertTrue(text.contains("generated from templates/as-wrapper.sh.ftl"));
        assertTrue(Files.isExecutable(as));
        assertFalse(text.contains("java"));
        assertEquals(0, Exec.run("sh", "-n", as.toString()).exit());
    }

}
