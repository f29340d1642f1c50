package org.previrt.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One out-of-tree build ({@code O=}) of the test configuration: {@code make ARCH=i386 tinyconfig}, the
 * options below, {@code olddefconfig}, then {@code make -j2}. Each step gets the recipe's make
 * variables (CC, AS, LD), so Kconfig probes the same tools the build uses. The folder is
 * {@code <cache>/build-<recipe>-<hash prefix>/}; the hash covers the tarball, this recipe and the tool
 * bytes the recipe names, so a finished folder (marker {@code built.ok}) is reused as it is.
 */
final class KernelBuild {
    /** Options enabled on top of tinyconfig: a console on COM1, ELF /init from an initramfs, perf. */
    static final List<String> OPTIONS = List.of("PRINTK", "TTY", "SERIAL_8250", "SERIAL_8250_CONSOLE", "BINFMT_ELF",
            "BLK_DEV_INITRD", "PERF_EVENTS", "EARLY_PRINTK");
    /** Changes with the steps below; part of every cache key. */
    private static final String RECIPE_VERSION = "3";
    private static final long TIMEOUT_MINUTES = 60;

    /** What a route changes: make variables, extra environment and the bytes of the tools they point to. */
    record Recipe(String name, List<String> makeVars, Map<String, String> env, String toolsHash) {
    }

    /** A finished build; {@code cpuSeconds}/{@code wallSeconds} are those of the cold {@code make}. */
    record Built(String name, Path dir, Path vmlinux, Path bzImage, Path config, Path buildLog, Path configLog,
            double cpuSeconds, double wallSeconds, boolean cached) {
    }

    private KernelBuild() {
    }

    /** One lock per recipe: a test and {@link BuildsAhead} asking for the same build build it once. */
    private static final ConcurrentHashMap<String, Object> LOCKS = new ConcurrentHashMap<>();

    static Built build(KernelSource src, Path cache, Recipe r) throws IOException, InterruptedException {
        synchronized (LOCKS.computeIfAbsent(r.name(), k -> new Object())) {
            return buildLocked(src, cache, r);
        }
    }

    private static Built buildLocked(KernelSource src, Path cache, Recipe r) throws IOException, InterruptedException {
        String key = new ContentHash()
                .text("recipe", RECIPE_VERSION)
                .text("tarball", src.sha256())
                .text("options", String.join(",", OPTIONS))
                .text("name", r.name())
                .text("vars", String.join("\n", r.makeVars()))
                .text("env", r.env().toString())
                .text("tools", r.toolsHash())
                .text("host", hostTools())
                .hex();
        String prefix = "build-" + r.name() + "-";
        Path dir = cache.resolve(prefix + key.substring(0, 16));
        Path marker = dir.resolve("built.ok");
        boolean cached = Files.isRegularFile(marker);
        if (!cached) {
            BuildCache.pruneSiblings(cache, prefix, dir);
            BuildCache.deleteTree(dir);
            Files.createDirectories(dir);
            Path configLog = dir.resolve("config.log");
            // every route's gcc finds the shared cc1 memo first; the routes' own tools stay as they are
            Cc1Memo memo = Cc1Memo.in(cache);
            List<String> vars = new ArrayList<>(memo.makeVars(r.makeVars()));
            vars.addAll(nmOfGccPlugin());
            r = new Recipe(r.name(), vars, r.env(), r.toolsHash());
            Map<String, String> env = environment(r);
            env.putAll(memo.env());
            Tool.run(src.tree(), env, configLog, TIMEOUT_MINUTES, make(dir, r, "tinyconfig"));
            List<String> config = new ArrayList<>(List.of(src.tree().resolve("scripts/config").toString(),
                    "--file", dir.resolve(".config").toString()));
            for (String o : OPTIONS) {
                config.add("-e");
                config.add(o);
            }
            Tool.run(src.tree(), env, configLog, TIMEOUT_MINUTES, config);
            Tool.run(src.tree(), env, configLog, TIMEOUT_MINUTES, make(dir, r, "olddefconfig"));
            Path times = dir.resolve("time.txt");
            List<String> argv = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %e", "-o", times.toString()));
            argv.addAll(make(dir, r, "-j2"));
            Tool.run(src.tree(), env, dir.resolve("build.log"), TIMEOUT_MINUTES, argv);
            Files.writeString(marker, key + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("cc1-memo.txt"), "cc1 memo after this build: " + memo.counts() + "\n",
                    StandardCharsets.UTF_8);
        }
        String[] t = Files.readString(dir.resolve("time.txt")).trim().split("\\s+");
        String[] last = t.length >= 3 ? new String[] {t[t.length - 3], t[t.length - 2], t[t.length - 1]} : t;
        return new Built(r.name(), dir, dir.resolve("vmlinux"), dir.resolve("arch/x86/boot/bzImage"),
                dir.resolve(".config"), dir.resolve("build.log"), dir.resolve("config.log"),
                Double.parseDouble(last[0]) + Double.parseDouble(last[1]), Double.parseDouble(last[2]), cached);
    }

    private static List<String> make(Path dir, Recipe r, String target) {
        List<String> argv = new ArrayList<>(List.of("make", "ARCH=i386", "O=" + dir));
        argv.addAll(r.makeVars());
        argv.add(target);
        return argv;
    }

    /**
     * {@code NM=nm --plugin <gcc's liblto_plugin.so>} where gcc has one. Kbuild runs nm on every object
     * (scripts/check-local-export); without {@code --plugin} GNU nm loads every plugin in
     * {@code /usr/lib/bfd-plugins}, and where LLVM's gold plugin is installed that costs 80 ms a run,
     * about 45 CPU-s a kernel build. gcc's own plugin is the one a gcc-built object can need; the output
     * is the same. Same for all three routes; empty (the machine's plain nm) where gcc has no plugin.
     */
    static List<String> nmOfGccPlugin() throws IOException, InterruptedException {
        String plugin = Tool.output(null, List.of("gcc", "-print-file-name=liblto_plugin.so")).trim();
        return plugin.startsWith("/") && Files.isRegularFile(Path.of(plugin))
                ? List.of("NM=nm --plugin " + plugin) : List.of();
    }

    /** Make and Kbuild settings of the caller must not leak in; messages in English; fixed banner. */
    private static Map<String, String> environment(Recipe r) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LC_ALL", "C");
        env.put("KBUILD_BUILD_USER", "previrt");
        env.put("KBUILD_BUILD_HOST", "previrt");
        env.put("KBUILD_BUILD_TIMESTAMP", "Thu Jan  1 00:00:00 UTC 2026");
        for (String v : List.of("MAKEFLAGS", "MFLAGS", "MAKELEVEL", "MAKEOVERRIDES", "KBUILD_OUTPUT", "KCONFIG_CONFIG",
                "CROSS_COMPILE", "ARCH", "CC", "AS", "LD", "NM", "KCFLAGS", "KAFLAGS")) {
            env.put(v, null);
        }
        env.put("CCACHE_DISABLE", "1");
        env.putAll(r.env());
        return env;
    }

    /** The host compiler and binutils are build inputs too. */
    private static String hostTools() throws IOException, InterruptedException {
        return Tool.output(null, List.of("gcc", "--version")) + Tool.output(null, List.of("as", "--version"))
                + Tool.output(null, List.of("ld", "--version"));
    }
}
