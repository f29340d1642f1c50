package org.previrt.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel builds' cc1 memo, with the real gcc: same objects, diagnostics replayed, nothing wrong kept. */
class Cc1MemoTest {
    @TempDir
    Path tmp;

    private static final String SOURCE = """
            #include "k.h"
            int f(int x) { int unused; return x + K; }
            """;

    @Test
    void aSecondBuildReusesTheAssemblyAndGetsTheSameObjectAndWarnings() throws Exception {
        Cc1Memo memo = Cc1Memo.in(tmp.resolve("cache"));
        Path a = project("a", "2");
        Path b = project("b", "2");
        Path c = project("c", "3");

        Result plain = gcc(a, List.of("gcc"), Map.of(), "plain.o");
        Result first = gcc(a, memoGcc(memo), memo.env(), "a.o");
        Result second = gcc(b, memoGcc(memo), memo.env(), "b.o");
        Result other = gcc(c, memoGcc(memo), memo.env(), "c.o");
        assertEquals("1 hits, 2 misses", memo.counts(), "b hits a's entry; c's header differs, so a miss");
        assertArrayEquals(Files.readAllBytes(a.resolve("plain.o")), Files.readAllBytes(a.resolve("a.o")));
        assertArrayEquals(Files.readAllBytes(a.resolve("a.o")), Files.readAllBytes(b.resolve("b.o")));
        assertTrue(plain.err.contains("unused variable"), plain.err);
        assertEquals(plain.err.replace(a.toString(), "D"), second.err.replace(b.toString(), "D"),
                "a hit replays the compiler's warnings");
        assertEquals(first.err.replace(a.toString(), "D"), second.err.replace(b.toString(), "D"));
        assertTrue(Files.readString(b.resolve(".b.o.d")).contains("k.h"), "the dependency file is written on a hit");
        assertNotEquals(other.err, "");
    }

    @Test
    void aFailedCompileIsNotKeptAndPreprocessingIsPassedThrough() throws Exception {
        Cc1Memo memo = Cc1Memo.in(tmp.resolve("cache"));
        Path a = project("a", "2");
        Files.writeString(a.resolve("bad.c"), "int f( {\n");
        for (int i = 0; i < 2; i++) {
            Result r = run(a, memo, "-c", "bad.c", "-o", "bad.o");
            assertNotEquals(0, r.exit);
            assertTrue(r.err.contains("error"), r.err);
        }
        assertEquals("0 hits, 0 misses", memo.counts());
        Files.writeString(a.resolve("s.S"), "#define N 4\n.long N\n");
        assertEquals(0, run(a, memo, "-c", "s.S", "-o", "s.o").exit);
        assertEquals("0 hits, 0 misses", memo.counts());
    }

    private Path project(String name, String k) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(name));
        Files.writeString(d.resolve("k.h"), "#define K " + k + "\n");
        Files.writeString(d.resolve("f.c"), SOURCE);
        return d;
    }

    private static List<String> memoGcc(Cc1Memo memo) {
        return List.of(memo.makeVars(List.of("CC=gcc")).get(0).substring(3).split(" "));
    }

    private record Result(int exit, String err) {
    }

    private static Result gcc(Path dir, List<String> cc, Map<String, String> env, String out) throws Exception {
        List<String> argv = new ArrayList<>(cc);
        argv.addAll(List.of("-m32", "-O2", "-Wall", "-Wp,-MMD,." + out + ".d", "-c", "f.c", "-o", out));
        return exec(dir, env, argv);
    }

    private static Result run(Path dir, Cc1Memo memo, String... args) throws Exception {
        List<String> argv = new ArrayList<>(memoGcc(memo));
        argv.add("-m32");
        argv.addAll(List.of(args));
        return exec(dir, memo.env(), argv);
    }

    private static Result exec(Path dir, Map<String, String> env, List<String> argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), err);
    }
}
