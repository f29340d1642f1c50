package org.previrt.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.previrt.binutils.SharedBuild;

/**
 * The three ways the test builds the kernel, as make variables. Nothing in the kernel tree changes.
 * <ul>
 * <li>{@code stock}: the machine's gcc, as and ld, with {@code KCFLAGS=KAFLAGS=-save-temps=obj}, so gcc
 * keeps the {@code .s} it hands to as next to each object (C and .S alike) for the audit. gcc's output is
 * the same with and without it, so the one build is both the stock kernel that is booted and the audit's
 * input (a separate save-temps build cost a fourth kernel build);</li>
 * <li>{@code wrapper}: {@code CC="gcc -B$W/" AS=$W/as LD=$W/ld} with {@code W = generated/x86-32/bin};</li>
 * <li>{@code patched-as}: the patched as with {@code -mprevirt} on every run, through a one-line
 * stand-in {@code as} in {@code <cache>/mprevirt-bin/} found by {@code gcc -B}, and the same
 * {@code LD=$W/ld}.</li>
 * </ul>
 * {@link KernelBuild} puts {@link Cc1Memo} first in every route's CC ({@code gcc -B<memo>/bin/}): the
 * three builds compile the same preprocessed C, and the memo compiles each once.
 */
final class Routes {
    static final String STOCK = "stock";
    static final String WRAPPER = "wrapper";
    static final String PATCHED_AS = "patched-as";

    /** Fixed text (no path in it): the patched as comes from the environment. */
    private static final String MPREVIRT_AS = """
            #!/bin/sh
            # The as of previrt's Linux test (patched-as route), written by org.previrt.linux.Routes:
            # every run, i386 or not (Kconfig probes with the host's default --64), gets -mprevirt.
            exec "$PREVIRT_MPREVIRT_AS" -mprevirt "$@"
            """;

    private Routes() {
    }

    /** Stock tools, keeping gcc's assembly: the booted stock kernel and the input of {@code tools/previrt audit}. */
    static KernelBuild.Recipe stock() {
        return new KernelBuild.Recipe(STOCK, List.of("KCFLAGS=-save-temps=obj", "KAFLAGS=-save-temps=obj"),
                Map.of(), "");
    }

    /**
     * The recipe of an afterburned route, {@link #WRAPPER} or {@link #PATCHED_AS}; the patched-as route
     * skips the test, saying why, where the patched binutils cannot be built.
     */
    static KernelBuild.Recipe afterburned(String route, Path root, Path cache) throws IOException {
        if (route.equals(WRAPPER)) {
            return wrapper(root);
        }
        Path as = SharedBuild.patchedAsOrNull();
        Assumptions.assumeTrue(as != null, "the patched binutils cannot be built here (binutils-source, bison, flex, texinfo)");
        return patchedAs(root, cache, as);
    }

    static KernelBuild.Recipe wrapper(Path root) throws IOException {
        Path w = root.resolve("generated/x86-32/bin");
        String hash = new ContentHash().tree("generated/x86-32", root.resolve("generated/x86-32")).hex();
        return new KernelBuild.Recipe(WRAPPER, List.of("CC=gcc -B" + w + "/", "AS=" + w.resolve("as"),
                "LD=" + w.resolve("ld")), Map.of(), hash);
    }

    static synchronized KernelBuild.Recipe patchedAs(Path root, Path cache, Path asNew) throws IOException {
        Path w = root.resolve("generated/x86-32/bin");
        Path bin = cache.resolve("mprevirt-bin");
        Files.createDirectories(bin);
        Path as = bin.resolve("as");
        if (!Files.exists(as) || !Files.readString(as).equals(MPREVIRT_AS)) {
            Files.writeString(as, MPREVIRT_AS, StandardCharsets.UTF_8);
        }
        Files.setPosixFilePermissions(as, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path gen = root.resolve("generated/x86-32");
        String hash = new ContentHash().file("as-new", asNew).file("as", as).file("ld", w.resolve("ld"))
                .file("final", gen.resolve("previrt-final.lds")).file("partial", gen.resolve("previrt-partial.lds")).hex();
        return new KernelBuild.Recipe(PATCHED_AS, List.of("CC=gcc -B" + bin + "/", "AS=" + as, "LD=" + w.resolve("ld")),
                Map.of("PREVIRT_MPREVIRT_AS", asNew.toString()), hash);
    }
}
