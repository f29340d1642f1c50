package org.previrt.binutils.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.binutils.gen.VersionData;
import org.previrt.binutils.SharedBuild;

/**
 * The pristine lines kept in templates/binutils/2.40.yaml are the tarball's, line for line, and the
 * hook patch applies with JGit to the files taken straight from the tarball (no build needed).
 */
@Tag("binutils")
class BinutilsSourceContextTest {
    @TempDir
    Path tmp;

    @Test
    void excerptsAreThePristineLines() throws Exception {
        assumeTrue(Files.isRegularFile(SharedBuild.TARBALL), "no " + SharedBuild.TARBALL);
        VersionData v = VersionData.find(TestRoot.real(), "2.40");
        List<String> members = new ArrayList<>(List.of("binutils-2.40/" + v.versionFile()));
        for (VersionData.FileHooks f : v.files()) {
            members.add("binutils-2.40/" + f.path());
        }
        List<String> argv = new ArrayList<>(List.of("tar", "-xf", SharedBuild.TARBALL.toString(), "-C", tmp.toString(),
                "--strip-components=1"));
        argv.addAll(members);
        Tools.run(argv, null, null);
        assertEquals(v, BinutilsTree.detect(TestRoot.real(), tmp));
        int checked = 0;
        for (VersionData.FileHooks f : v.files()) {
            List<String> lines = Files.readAllLines(tmp.resolve(f.path()), StandardCharsets.ISO_8859_1);
            for (Map.Entry<Integer, String> e : f.excerpt().entrySet()) {
                assertEquals(lines.get(e.getKey() - 1), e.getValue(), f.path() + ":" + e.getKey());
                checked++;
            }
        }
        assertFalse(checked == 0);

        // the hook patch (0002) applies to the pristine tc-i386.c with JGit's ApplyCommand
        PatchSeries series = PatchSeries.load(TestRoot.real(), "2.40");
        try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("pristine").setAuthor(Importer.IDENT).setCommitter(Importer.IDENT).setSign(false)
                    .call();
            Patcher.applyOne(git, series.patches().get(1));
        }
        String patched = Files.readString(tmp.resolve("gas/config/tc-i386.c"), StandardCharsets.ISO_8859_1);
        for (String hook : List.of("#include \"tc-i386-previrt.c\"", "previrt_insn_begin ();", "previrt_insn_end ();",
                "OPTION_MPREVIRT_NOP1 (OPTION_MD_BASE + 36)", "previrt_show_usage (stream);")) {
            assertFalse(!patched.contains(hook), hook);
        }
    }
}
