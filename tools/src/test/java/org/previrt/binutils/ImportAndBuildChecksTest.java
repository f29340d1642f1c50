package org.previrt.binutils;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.binutils.tool.BinutilsException;
import org.previrt.binutils.tool.Builder;
import org.previrt.binutils.tool.Importer;

/** The refusals of import and build that need no tarball and no compiler. */
class ImportAndBuildChecksTest {
    @TempDir
    Path tmp;
    private final PrintStream out = new PrintStream(new ByteArrayOutputStream());

    @Test
    void buildNamesTheDebianPackageOfEachMissingTool() throws Exception {
        Path bin = tmp.resolve("bin");
        Files.createDirectories(bin);
        for (String present : new String[] {"cc", "make", "flex"}) {
            Path p = Files.writeString(bin.resolve(present), "#!/bin/sh\n");
            p.toFile().setExecutable(true);
        }
        BinutilsException e = assertThrows(BinutilsException.class, () -> Builder.checkTools(bin.toString()));
        assertTrue(e.getMessage().contains("bison (apt-get install bison)"), e.getMessage());
        assertTrue(e.getMessage().contains("makeinfo (apt-get install texinfo)"), e.getMessage());
        assertTrue(!e.getMessage().contains("flex"), e.getMessage());
    }

    @Test
    void importRefusesAMissingTarballAndANonEmptyTarget() throws Exception {
        BinutilsException e = assertThrows(BinutilsException.class,
                () -> Importer.importTarball(tmp.resolve("nope.tar.xz"), tmp.resolve("into"), out));
        assertTrue(e.getMessage().contains("no such tarball"), e.getMessage());
        Path tarball = Files.writeString(tmp.resolve("t.tar.xz"), "not really");
        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("x"), "x");
        e = assertThrows(BinutilsException.class, () -> Importer.importTarball(tarball, full, out));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
    }

    @Test
    void buildRefusesATreeWithoutConfigure() throws Exception {
        BinutilsException e = assertThrows(BinutilsException.class,
                () -> Builder.build(tmp, tmp.resolve("b"), 1, out));
        assertTrue(e.getMessage().contains("no configure script") || e.getMessage().contains("missing build tools"),
                e.getMessage());
    }
}
