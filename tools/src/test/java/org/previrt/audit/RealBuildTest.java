package org.previrt.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.I386;
import org.previrt.TestRoot;
import org.previrt.cli.Main;

/**
 * Whole builds through their own build systems with {@code CC="gcc -m32 -B.../generated/x86-32/bin/"}:
 * our multi-file make project, Debian's ioport (autotools, inb/outb in C) and Debian's Lua 5.4
 * (plain make, 32 files, its lock hooks turned into pushf/cli/popf), fetched with apt-get source. {@code -save-temps=obj} keeps the assembly gcc handed to the wrapper, which the audit
 * then checks: every sensitive instruction caught, nothing else changed.
 */
@Tag("slow")
class RealBuildTest {
    private static final Pattern TOTAL = Pattern.compile(
            "audit: (\\d+) input\\(s\\), (\\d+)/(\\d+) sensitive instructions caught \\(([^)]*)\\), (\\d+) missed, (\\d+) changed, (\\d+) sites");

    @TempDir
    Path tmp;
    Path bin;

    @BeforeEach
    void tools() throws IOException {
        Exec.assumeGcc32(tmp);
        Exec.assumeTool("make", "--version");
        Path probe = tmp.resolve("probe-main.c");
        Files.writeString(probe, "int main(void) { return 0; }\n");
        Exec.assumeTool("gcc", "-m32", "-o", tmp.resolve("probe-main").toString(), probe.toString());
        bin = TestRoot.real().resolve("generated/x86-32/bin");
    }

    @Test
    void ownMakeProjectIsFullyCaughtAndStillRuns() throws Exception {
        Path resources = TestRoot.real().resolve("tools/src/test/resources/afterburn-project");
        Path stock = TestRoot.copyTree(resources, tmp.resolve("stock"));
        Path burn = TestRoot.copyTree(resources, tmp.resolve("burn tree"));
        make(stock, "CC=gcc -m32");
        make(burn, "CC=gcc -m32 -B" + bin + "/", "CFLAGS=-O2 -save-temps=obj", "AS=" + bin.resolve("as"));

        // same behaviour: the demo only runs unprivileged sensitive instructions (cpuid, rdtsc, pushf, mov %ds)
        // natively, or under qemu-i386 where the kernel runs no i386 programs (I386)
        Exec.Result a = Exec.run(stock, Map.of(), null, I386.argv(List.of("./demo")));
        Exec.Result b = Exec.run(burn, Map.of(), null, I386.argv(List.of("./demo")));
        assertEquals(0, a.exit(), a.all());
        assertEquals(0, b.exit(), b.all());
        assertEquals(a.out(), b.out());

        Matcher m = auditAll(burn);
        assertEquals("7", m.group(1));
        assertTrue(Integer.parseInt(m.group(3)) >= 30, m.group());
        assertEquals(sitesInObjects(burn), Long.parseLong(m.group(7)), "sites in the built objects");
    }

    @Test
    void debianIoportBuildsThroughAutotoolsFullyCaught() throws Exception {
        Exec.assumeTool("apt-get", "--version");
        Exec.assumeTool("tar", "--version");
        Path src = unpack(fetchDebianSource("ioport"), tmp.resolve("ioport"));
        // a cross build where i386 test programs cannot run natively: configure then runs none of them
        List<String> configure = new ArrayList<>(List.of("./configure", "CC=gcc -m32 -B" + bin + "/",
                "CFLAGS=-O2 -save-temps=obj"));
        configure.addAll(I386.configureArgs());
        Exec.Result conf = Exec.run(src, Map.of(), null, configure);
        assertEquals(0, conf.exit(), conf.all());
        // configure's own test programs also left .s files; audit the package's
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".s")).toList()) {
                Files.delete(p);
            }
        }
        make(src, "inb");
        Matcher m = auditAll(src);
        assertTrue(Integer.parseInt(m.group(3)) >= 6, "ioport reads and writes ports: " + m.group());
        assertEquals(sitesInObjects(src), Long.parseLong(m.group(7)), "sites in the built objects");
    }

    @Test
    void debianLuaWithInterruptLocksFullyCaught() throws Exception {
        Exec.assumeTool("apt-get", "--version");
        Exec.assumeTool("tar", "--version");
        Path src = unpack(fetchDebianSource("lua5.4"), tmp.resolve("lua")).resolve("src");
        Path lock = TestRoot.real().resolve("tools/src/test/resources/lua-interrupt-lock.h");
        // liblua.a only: the interpreter would run cli in user mode
        make(src, "a", "CC=gcc -m32 -B" + bin + "/", "CFLAGS=-O2 -DLUA_COMPAT_5_3 -save-temps=obj -include " + lock);
        Matcher m = auditAll(src);
        assertTrue(Integer.parseInt(m.group(1)) >= 30, m.group());
        assertTrue(Integer.parseInt(m.group(3)) >= 200, "lua_lock/lua_unlock sites: " + m.group());
        assertEquals(sitesInObjects(src), Long.parseLong(m.group(7)), "sites in the built objects");
    }

    /** Extracts a tarball into {@code dir}; returns the single folder it holds. */
    private static Path unpack(Path tarball, Path dir) throws Exception {
        Files.createDirectories(dir);
        Exec.Result r = Exec.run(dir, Map.of(), null, List.of("tar", "xf", tarball.toString()));
        assertEquals(0, r.exit(), r.all());
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
    }

    /** Audits every .s of a folder; asserts 100% caught and 0 changed; returns the total line. */
    private static Matcher auditAll(Path dir) throws IOException {
        List<String> argv = new ArrayList<>(List.of("audit"));
        try (Stream<Path> s = Files.list(dir)) {
            s.map(Path::toString).filter(n -> n.endsWith(".s")).sorted().forEach(argv::add);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(argv.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), TestRoot.real());
        String o = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, o + err);
        Matcher m = TOTAL.matcher(o);
        assertTrue(m.find(), o);
        assertEquals("100.0%", m.group(4), o);
        assertEquals("0", m.group(5), o);
        assertEquals("0", m.group(6), o);
        return m;
    }

    private static long sitesInObjects(Path dir) throws Exception {
        long n = 0;
        try (Stream<Path> s = Files.list(dir)) {
            for (Path o : s.filter(p -> p.getFileName().toString().endsWith(".o")).sorted().toList()) {
                n += org.previrt.wrapper.SectionSizes.of(o, ".afterburn") / 8;
            }
        }
        return n;
    }

    private static void make(Path dir, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of("make"));
        argv.addAll(List.of(args));
        Exec.Result r = Exec.run(dir, Map.of(), null, argv);
        assertEquals(0, r.exit(), r.all());
    }

    /**
     * The upstream tarball of a Debian source package, via apt-get source with private lists under
     * tools/target/ (the machine's apt setup is read, never changed; lists are reused between runs).
     */
    private static Path fetchDebianSource(String pkg) throws Exception {
        Path base = TestRoot.real().resolve("tools/target/debian-src");
        Path parts = base.resolve("sources.list.d");
        Path lists = base.resolve("lists");
        Path cache = base.resolve("cache");
        Path pool = base.resolve("pool");
        for (Path d : List.of(parts, lists.resolve("partial"), cache.resolve("archives/partial"), pool)) {
            Files.createDirectories(d);
        }
        int entries = debSrcFromSystem(parts);
        Assumptions.assumeTrue(entries > 0, "no Debian apt source configured on this machine");
        List<String> opts = List.of("-o", "Dir::Etc::SourceList=/dev/null", "-o", "Dir::Etc::SourceParts=" + parts,
                "-o", "Dir::State::Lists=" + lists, "-o", "Dir::Cache=" + cache, "-q");
        try (Stream<Path> s = Files.list(pool)) {
            Path have = s.filter(p -> p.getFileName().toString().matches(pkg + "_.*\\.orig\\.tar\\..*")).findFirst()
                    .orElse(null);
            if (have != null) {
                return have;
            }
        }
        if (listsEmpty(lists)) {
            List<String> update = new ArrayList<>(List.of("apt-get"));
            update.addAll(opts);
            update.add("update");
            Exec.Result u = Exec.run(base, Map.of(), null, update);
            Assumptions.assumeTrue(u.exit() == 0, "apt-get update of the source lists failed: " + u.all());
        }
        List<String> source = new ArrayList<>(List.of("apt-get"));
        source.addAll(opts);
        source.addAll(List.of("source", "--download-only", pkg));
        // the Debian part (debian.tar) is not needed and is not always served: only the upstream tarball counts
        Exec.Result r = Exec.run(pool, Map.of(), null, source);
        try (Stream<Path> s = Files.list(pool)) {
            Path got = s.filter(p -> p.getFileName().toString().matches(pkg + "_.*\\.orig\\.tar\\..*")).findFirst()
                    .orElse(null);
            Assumptions.assumeTrue(got != null, "Debian's archive did not serve the source of " + pkg + ": " + r.all());
            return got;
        }
    }

    private static boolean listsEmpty(Path lists) throws IOException {
        try (Stream<Path> s = Files.list(lists)) {
            return s.noneMatch(p -> p.getFileName().toString().endsWith("Sources"));
        }
    }

    /** deb-src twins of the machine's deb entries (deb822 .sources files and sources.list lines). */
    private static int debSrcFromSystem(Path parts) throws IOException {
        int n = 0;
        Path etc = Path.of("/etc/apt");
        Path list = etc.resolve("sources.list");
        if (Files.isRegularFile(list)) {
            StringBuilder sb = new StringBuilder();
            for (String l : Files.readAllLines(list)) {
                if (l.startsWith("deb ")) {
                    sb.append("deb-src ").append(l.substring(4)).append('\n');
                    n++;
                }
            }
            Files.writeString(parts.resolve("system.list"), sb.toString());
        }
        Path dir = etc.resolve("sources.list.d");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".sources")).sorted().toList()) {
                    String text = Files.readString(p);
                    if (text.lines().anyMatch(l -> l.trim().equals("Types: deb"))) {
                        Files.writeString(parts.resolve(p.getFileName()),
                                text.replaceAll("(?m)^Types: deb$", "Types: deb-src"));
                        n++;
                    }
                }
            }
        }
        return n;
    }

}
