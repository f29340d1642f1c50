package org.previrt.wrapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.previrt.Exec;
import org.previrt.TestRoot;
import org.previrt.binutils.SharedBuild;
import org.previrt.cli.Main;

/**
 * Build farms with the real Debian ccache and distcc: two distccd daemons on local ports are the build
 * farm; a three-file C project built through them equals the local build for every variant, both
 * routes; an object from a host without the wrapper is refused by bin/ld; ccache across a spec edit and
 * {@code generate}. The farm lives in a world-readable folder: distccd as root runs jobs as nobody.
 */
@Tag("slow")
class BuildFarmTest {
    static final Map<String, String> SOURCES = Map.of(
            "irq.c", "#include \"farm.h\"\nunsigned long irq_save(void) { unsigned long f;"
                    + " __asm__ volatile(\"pushf ; pop %0 ; cli\" : \"=r\"(f) :: \"memory\"); return f; }\n"
                    + "void irq_restore(unsigned long f) { __asm__ volatile(\"push %0 ; popf\" :: \"r\"(f) : \"memory\"); }\n",
            "cr.c", "#include \"farm.h\"\nunsigned long read_cr3(void) { unsigned long v;"
                    + " __asm__ volatile(\"mov %%cr3, %0\" : \"=r\"(v)); return v; }\n"
                    + "void halt(void) { __asm__ volatile(\"sti ; hlt\"); }\n",
            "main.c", "#include \"farm.h\"\nint table[4] = {1, 2, 3, 4};\n"
                    + "int kmain(void) { unsigned long f = irq_save(); int s = (int) read_cr3(); irq_restore(f);"
                    + " halt(); return s + table[1]; }\n");
    static final List<String> FILES = List.of("irq", "cr", "main");
    static final String SCRIPT = "SECTIONS\n{\n  .text 0x100000 : { *(.text*) }\n  .data : { *(.data*) }\n"
            + "  /DISCARD/ : { *(.note.*) *(.eh_frame) *(.comment) }\n}\n";

    static Path farm;
    static Path gen;
    static Path logs;
    static final List<Process> daemons = new ArrayList<>();
    static String hosts;

    @BeforeAll
    static void startFarm() throws Exception {
        for (String tool : List.of("distcc", "distccd", "ccache")) {
            assumeTrue(Exec.run("sh", "-c", "command -v " + tool).exit() == 0, tool + " missing (apt-get install distcc ccache)");
        }
        farm = Files.createTempDirectory(Path.of("/tmp"), "previrt-farm-");
        Exec.assumeGcc32(farm);
        gen = TestRoot.copyTree(TestRoot.real().resolve("generated"), farm.resolve("generated"));
        Path src = farm.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("farm.h"), "unsigned long irq_save(void);\nvoid irq_restore(unsigned long);\n"
                + "unsigned long read_cr3(void);\nvoid halt(void);\n");
        for (Map.Entry<String, String> e : SOURCES.entrySet()) {
            Files.writeString(src.resolve(e.getKey()), e.getValue());
        }
        Files.writeString(farm.resolve("k.lds"), SCRIPT);
        logs = farm.resolve("logs");
        Files.createDirectories(logs);
        Files.createDirectories(farm.resolve("distcc-dir"));
        readableByAll(farm);
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxrwxrwx"));

        List<String> hostList = new ArrayList<>();
        boolean root = "0".equals(Exec.run("id", "-u").out().trim());
        for (int i = 1; i <= 2; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            List<String> argv = new ArrayList<>(List.of("distccd", "--daemon", "--no-detach", "--allow", "127.0.0.1",
                    "--listen", "127.0.0.1", "--port", Integer.toString(port), "--log-file",
                    logs.resolve("distccd" + i + ".log").toString()));
            if (root) {
                argv.addAll(List.of("--user", "nobody"));
            }
            daemons.add(new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(logs.resolve("distccd" + i + ".out").toFile()).start());
            waitForPort(port);
            // 127.0.0.1, not localhost: distcc runs localhost jobs itself
            hostList.add("127.0.0.1:" + port + "/2");
        }
        hosts = String.join(" ", hostList);
    }

    @AfterAll
    static void stopFarm() throws Exception {
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            p.waitFor();
        }
        if (farm != null) {
            try (Stream<Path> s = Files.walk(farm)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void waitForPort(int port) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("distccd on port " + port + " did not start: "
                + Files.readString(logs.resolve("distccd" + daemons.size() + ".out")));
    }

    private static void readableByAll(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.toList()) {
                boolean exec = Files.isDirectory(p) || Files.isExecutable(p);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    private static Map<String, String> distccEnv() {
        return Map.of("DISTCC_HOSTS", hosts, "DISTCC_FALLBACK", "0", "DISTCC_DIR", farm.resolve("distcc-dir").toString());
    }

    /** Compiles the project's three files at once (so the jobs spread over the daemons); returns the objects. */
    private static List<Path> build(String name, List<String> launcher, Map<String, String> env, List<String> flags)
            throws Exception {
        Path out = farm.resolve("out-" + name);
        Files.createDirectories(out);
        List<Process> ps = new ArrayList<>();
        List<Path> objs = new ArrayList<>();
        for (String f : FILES) {
            List<String> argv = new ArrayList<>(launcher);
            argv.addAll(List.of("gcc", "-m32", "-O2", "-fno-pic"));
            argv.addAll(flags);
            Path o = out.resolve(f + ".o");
            argv.addAll(List.of("-c", f + ".c", "-o", o.toString()));
            ProcessBuilder pb = new ProcessBuilder(argv).directory(farm.resolve("src").toFile()).redirectErrorStream(true)
                    .redirectOutput(out.resolve(f + ".log").toFile());
            pb.environment().putAll(env);
            ps.add(pb.start());
            objs.add(o);
        }
        for (int i = 0; i < ps.size(); i++) {
            int rc = ps.get(i).waitFor();
            assertEquals(0, rc, name + " " + FILES.get(i) + ": " + Files.readString(out.resolve(FILES.get(i) + ".log")));
        }
        return objs;
    }

    private static int remoteJobs() throws IOException {
        int n = 0;
        for (int i = 1; i <= 2; i++) {
            Path log = logs.resolve("distccd" + i + ".log");
            if (Files.exists(log)) {
                n += (int) Files.readAllLines(log).stream().filter(l -> l.contains("COMPILE_OK")).count();
            }
        }
        return n;
    }

    private static Exec.Result link(List<Path> objs, Path ld) throws Exception {
        List<String> argv = new ArrayList<>(List.of(ld.toString(), "-m", "elf_i386", "-T", farm.resolve("k.lds").toString(),
                "-e", "kmain", "-o", farm.resolve("k.elf").toString()));
        objs.forEach(o -> argv.add(o.toString()));
        return Exec.run(farm, Map.of(), null, argv);
    }

    private static void assertFarmEqualsLocal(String name, List<String> flags, Path ld) throws Exception {
        int before = remoteJobs();
        List<Path> local = build(name + "-local", List.of(), Map.of(), flags);
        List<Path> remote = build(name + "-distcc", List.of("distcc"), distccEnv(), flags);
        // a daemon logs the job just after it sends the object back
        for (int i = 0; i < 100 && remoteJobs() < before + FILES.size(); i++) {
            Thread.sleep(50);
        }
        assertEquals(before + FILES.size(), remoteJobs(), name + ": every job compiled on a daemon");
        for (int i = 0; i < FILES.size(); i++) {
            assertArrayEquals(Files.readAllBytes(local.get(i)), Files.readAllBytes(remote.get(i)),
                    name + ": " + FILES.get(i) + ".o through distcc differs from the local build");
            assertTrue(SectionSizes.of(remote.get(i), ".previrt.generation") > 0, name + ": generation record");
        }
        Exec.Result r = link(remote, ld);
        assertEquals(0, r.exit(), name + ": " + r.all());
    }

    @Test
    void packRouteThroughTwoDaemonsEqualsTheLocalBuildForEveryVariant() throws Exception {
        String b = "-B" + gen.resolve("x86-32/bin") + "/";
        Path ld = gen.resolve("x86-32/bin/ld");
        assertFarmEqualsLocal("afterburn", List.of(b), ld);
        assertFarmEqualsLocal("typed", List.of(b, "-Wa,--previrt-pack=typed"), ld);
        assertFarmEqualsLocal("nop1", List.of(b, "-Wa,--previrt-nop1"), ld);
        assertFarmEqualsLocal("typed-nop1", List.of(b, "-Wa,--previrt-pack=typed,--previrt-nop1"), ld);
        // per object: a daemon compiles into a temporary -o, so --previrt-skip=GLOB would not match there
        assertFarmEqualsLocal("skip", List.of(b, "-Wa,--previrt-skip"), ld);
        Path typed = farm.resolve("out-typed-distcc/irq.o");
        assertTrue(SectionSizes.of(typed, ".afterburn.typed") > 0, "the option reached the remote wrapper");
        assertEquals(0, SectionSizes.of(farm.resolve("out-skip-distcc/cr.o"), ".afterburn"));

        // the environment does not travel: the reason the choices are options
        List<Path> env = build("env-typed", List.of("distcc"), withEnv(distccEnv(), "PREVIRT_PACK", "typed"), List.of(b));
        assertEquals(0, SectionSizes.of(env.get(0), ".afterburn.typed"), "PREVIRT_PACK reached the daemon after all?");
    }

    private static Map<String, String> withEnv(Map<String, String> base, String k, String v) {
        Map<String, String> m = new HashMap<>(base);
        m.put(k, v);
        return m;
    }

    @Test
    void aHostWithoutTheWrapperIsRefusedAtTheLink() throws Exception {
        String missing = "-B" + farm.resolve("no-wrapper-here") + "/";
        // gcc is silent about -B to a missing folder: the daemon assembles with its own as
        List<Path> plain = build("missing", List.of("distcc"), distccEnv(), List.of(missing));
        List<Path> objs = new ArrayList<>(build("good", List.of("distcc"), distccEnv(),
                List.of("-B" + gen.resolve("x86-32/bin") + "/")).subList(0, 2));
        objs.add(plain.get(2));
        Exec.Result r = link(objs, gen.resolve("x86-32/bin/ld"));
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains(plain.get(2) + ": code without a previrt generation record"), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains("generation record:")).count(), r.err());

        // a choice given as an option fails loudly on such a host (DISTCC_FALLBACK=0: no local retry)
        ProcessBuilder pb = new ProcessBuilder("distcc", "gcc", "-m32", missing, "-Wa,--previrt-pack=typed", "-c", "irq.c",
                "-o", farm.resolve("x.o").toString()).directory(farm.resolve("src").toFile()).redirectErrorStream(true);
        pb.environment().putAll(distccEnv());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor() != 0, out);
        assertTrue(out.contains("unrecognized option '--previrt-pack=typed'"), out);
    }

    @Test
    @Tag("binutils")
    void patchedAsRouteThroughTwoDaemonsEqualsTheLocalBuild() throws Exception {
        Path asNew = SharedBuild.patchedAsOrNull();
        assumeTrue(asNew != null, "no patched as here");
        Path dir = farm.resolve("mprevirt-bin");
        Files.createDirectories(dir);
        Files.copy(asNew, dir.resolve("as"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        readableByAll(dir);
        String b = "-B" + dir + "/";
        Path ld = gen.resolve("x86-32/bin/ld");
        assertFarmEqualsLocal("mprevirt", List.of(b, "-Wa,-mprevirt"), ld);
        assertFarmEqualsLocal("mprevirt-typed", List.of(b, "-Wa,-mprevirt=typed"), ld);
        assertFarmEqualsLocal("mprevirt-nop1", List.of(b, "-Wa,-mprevirt,-mprevirt-nop1"), ld);
        // the same generation record as the pack route
        List<Path> pack = build("pack-for-mprevirt", List.of(), Map.of(), List.of("-B" + gen.resolve("x86-32/bin") + "/",
                "-Wa,--previrt-pack=typed"));
        assertArrayEquals(generation(pack.get(0)), generation(farm.resolve("out-mprevirt-typed-distcc/irq.o")));
    }

    private static byte[] generation(Path obj) throws Exception {
        org.previrt.elf.ElfFile f = org.previrt.elf.ElfFile.read(obj);
        org.previrt.elf.ElfSection s = f.section(".previrt.generation").orElseThrow(() -> new AssertionError(obj + ": no record"));
        return f.read(s, 0, (int) s.size());
    }

    private static Map<String, Long> ccacheStats(Map<String, String> env) throws Exception {
        Exec.Result r = Exec.run(farm, env, null, List.of("ccache", "--print-stats"));
        Map<String, Long> m = new HashMap<>();
        for (String l : r.out().split("\n")) {
            String[] kv = l.split("\t");
            if (kv.length == 2 && kv[1].matches("\\d+")) {
                m.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return m;
    }

    private static long hits(Map<String, Long> s) {
        return s.getOrDefault("direct_cache_hit", 0L) + s.getOrDefault("preprocessed_cache_hit", 0L);
    }

    /** Builds the project under ccache after zeroing the counters; returns {hits, misses}. */
    private static long[] ccacheBuild(String name, Map<String, String> env, List<String> flags) throws Exception {
        assertEquals(0, Exec.run(farm, env, null, List.of("ccache", "-z")).exit());
        build(name, List.of("ccache"), env, flags);
        Map<String, Long> s = ccacheStats(env);
        return new long[] {hits(s), s.getOrDefault("cache_miss", 0L)};
    }

    @Test
    void ccacheAcrossASpecEditAndGenerate() throws Exception {
        Path root = TestRoot.copy(farm.resolve("repo"));
        Path w = root.resolve("generated/x86-32/bin");
        Path ld = w.resolve("ld");
        String b = "-B" + w + "/";
        Map<String, String> plainEnv = Map.of("CCACHE_DIR", farm.resolve("ccache").toString());
        String packs = w.resolve("../previrt.inc") + ":" + w.resolve("../previrt-typed.inc") + ":"
                + w.resolve("../previrt-skipped.inc");
        Map<String, String> hashed = withEnv(plainEnv, "CCACHE_EXTRAFILES", packs);

        assertArrayEquals(new long[] {0, 3}, ccacheBuild("cc1", plainEnv, List.of(b)), "cold: three misses");
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("cc2", plainEnv, List.of(b)), "unchanged: three hits");
        assertArrayEquals(new long[] {0, 3}, ccacheBuild("cc3", plainEnv, List.of(b, "-Wa,--previrt-pack=typed")),
                "an option is part of the hash");
        assertArrayEquals(new long[] {0, 3}, ccacheBuild("cc4", hashed, List.of(b)), "first run with the packs hashed");

        // a spec edit and generate: a new pack, a new generation id
        Path halt = root.resolve("isa-specs/halt.yaml");
        String spec = Files.readString(halt);
        assertTrue(spec.contains("scratch: 7    # 1 + L4Ka 6"));
        Files.writeString(halt, spec.replace("scratch: 7    # 1 + L4Ka 6", "scratch: 9"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"generate"}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));

        // without extra_files_to_hash ccache returns the old objects: bin/ld refuses them by name
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("cc5", plainEnv, List.of(b)), "ccache cannot see the pack");
        List<Path> stale = FILES.stream().map(f -> farm.resolve("out-cc5/" + f + ".o")).toList();
        Exec.Result refused = link(stale, ld);
        assertEquals(2, refused.exit(), refused.all());
        for (Path o : stale.subList(0, 2)) {
            assertTrue(refused.err().contains(o + ": assembled by another previrt generation"), refused.err());
        }
        assertTrue(refused.err().contains("clear ccache"), refused.err());

        // with the packs hashed: a miss, fresh objects, the link takes them; then hits again
        assertArrayEquals(new long[] {0, 3}, ccacheBuild("cc6", hashed, List.of(b)), "a regenerated pack is a miss");
        List<Path> fresh = FILES.stream().map(f -> farm.resolve("out-cc6/" + f + ".o")).toList();
        Exec.Result ok = link(fresh, ld);
        assertEquals(0, ok.exit(), ok.all());
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(stale.get(1)), Files.readAllBytes(fresh.get(1))),
                "hlt has more padding now");
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("cc7", hashed, List.of(b)), "unchanged rebuild hits");
    }

    /**
     * The patched-as route under ccache: ccache hashes gcc, not the {@code as} that {@code -B} finds, so
     * naming that as in CCACHE_EXTRAFILES is what makes a new as (a rebuilt binutils) a miss.
     */
    @Test
    @Tag("binutils")
    void ccacheWithThePatchedAs() throws Exception {
        Path asNew = SharedBuild.patchedAsOrNull();
        assumeTrue(asNew != null, "no patched as here");
        Path dir = farm.resolve("ccache-mprevirt-bin");
        Files.createDirectories(dir);
        Path as = dir.resolve("as");
        Files.copy(asNew, as, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> flags = List.of("-B" + dir + "/", "-Wa,-mprevirt");
        Path ld = gen.resolve("x86-32/bin/ld");
        Map<String, String> plain = Map.of("CCACHE_DIR", farm.resolve("ccache-mprevirt").toString());
        Map<String, String> hashed = withEnv(plain, "CCACHE_EXTRAFILES", as.toString());

        assertArrayEquals(new long[] {0, 3}, ccacheBuild("m1", plain, flags), "cold: three misses");
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("m2", plain, flags), "unchanged: three hits");
        assertEquals(0, link(FILES.stream().map(f -> farm.resolve("out-m2/" + f + ".o")).toList(), ld).exit());
        assertArrayEquals(new long[] {0, 3}, ccacheBuild("m3", hashed, flags), "first run with the as hashed");
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("m4", hashed, flags), "unchanged as: hits");
        // another as under the same path (one byte more: still the same program) is a miss only when hashed
        Files.write(as, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertArrayEquals(new long[] {3, 0}, ccacheBuild("m5", plain, flags), "ccache cannot see the as");
        assertArrayEquals(new long[] {0, 3}, ccacheBuild("m6", hashed, flags), "a changed as is a miss");
        assertEquals(0, link(FILES.stream().map(f -> farm.resolve("out-m6/" + f + ".o")).toList(), ld).exit());
    }
}
