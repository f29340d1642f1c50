package org.previrt.binutils;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** {@code binutils import}: unpack a release tarball into a new git repository with one baseline commit. */
public final class Importer {
    public static final PersonIdent IDENT = new PersonIdent("previrt", "previrt@localhost");

    private Importer() {
    }

    public static RevCommit importTarball(Path tarball, Path into, PrintStream out)
            throws IOException, InterruptedException, BinutilsException, GitAPIException {
        if (!Files.isRegularFile(tarball)) {
            throw new BinutilsException("no such tarball: " + tarball
                    + " (Debian: apt-get install binutils-source gives /usr/src/binutils/binutils-2.40.tar.xz)");
        }
        if (Files.exists(into)) {
            try (Stream<Path> s = Files.list(into)) {
                if (s.findAny().isPresent()) {
                    throw new BinutilsException(into + " exists and is not empty; import needs a new directory");
                }
            }
        }
        Files.createDirectories(into);
        out.println("binutils import: unpacking " + tarball.getFileName() + " into " + into);
        // one top-level folder (binutils-2.40/) becomes the repository root
        Tools.run(List.of("tar", "-xf", tarball.toAbsolutePath().toString(), "-C", into.toAbsolutePath().toString(),
                "--strip-components=1", "--no-same-owner"), null, null);
        out.println("binutils import: git init, add, commit (JGit)");
        try (Git git = Git.init().setDirectory(into.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            return git.commit().setMessage("binutils: pristine " + tarball.getFileName() + "\n\nImported by previrt "
                    + "binutils import; previrt's patches go on top (tools/previrt binutils apply).\n")
                    .setAuthor(IDENT).setCommitter(IDENT).setSign(false).call();
        }
    }
}
