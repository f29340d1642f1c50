package org.previrt.binutils.tool;

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
        Path parent = into.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        removeStaleTemporaries(parent, into.getFileName().toString(), out);
        // everything happens in a temporary folder beside the target, renamed at the end: a truncated
        // tarball, a failed commit or a kill leaves no half-unpacked tree under the target's name
        Path tmp = Files.createTempDirectory(parent, "." + into.getFileName() + TEMP_INFIX);
        try {
            out.println("binutils import: unpacking " + tarball.getFileName() + " into " + into);
            // one top-level folder (binutils-2.40/) becomes the repository root
            Tools.run(List.of("tar", "-xf", tarball.toAbsolutePath().toString(), "-C", tmp.toString(),
                    "--strip-components=1", "--no-same-owner"), null, null);
            out.println("binutils import: git init, add, commit (JGit)");
            RevCommit c;
            try (Git git = Git.init().setDirectory(tmp.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                c = git.commit().setMessage("binutils: pristine " + tarball.getFileName() + "\n\nImported by previrt "
                        + "binutils import; previrt's patches go on top (tools/previrt binutils apply).\n")
                        .setAuthor(IDENT).setCommitter(IDENT).setSign(false).call();
            }
            if (Files.isDirectory(into)) {
                Files.delete(into); // checked empty above
            }
            Files.move(tmp, into, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return c;
        } catch (BinutilsException e) {
            deleteTree(tmp);
            String[] lines = e.getMessage().strip().split("\n");
            throw new BinutilsException("cannot unpack " + tarball + " (truncated or not a tarball?): tar says '"
                    + lines[lines.length - 1].strip() + "'; nothing imported", e);
        } catch (IOException | GitAPIException | RuntimeException | InterruptedException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    static final String TEMP_INFIX = ".previrt-import-";

    /** Removes the temporary folders an import killed before its rename left beside {@code name}. */
    private static void removeStaleTemporaries(Path parent, String name, PrintStream out) throws IOException {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("." + name + TEMP_INFIX)).toList()) {
                out.println("binutils import: removing " + p + ", left by an interrupted import");
                deleteTree(p);
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
