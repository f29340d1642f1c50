package org.previrt.binutils.tool;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.api.AddCommand;
import org.eclipse.jgit.api.ApplyResult;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand.ResetType;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.previrt.binutils.gen.VersionData;

/**
 * {@code binutils apply} and {@code binutils revert} on a git checkout, with JGit only. apply creates
 * {@code previrt/<version>} from HEAD and commits each patch of the series with its own message; it is
 * atomic (any failure restores branch, index and work tree) and idempotent (a branch that already holds
 * the series is reported, not touched).
 */
public final class Patcher {
    public enum Outcome { APPLIED, ALREADY_APPLIED, SWITCHED, REVERTED, NOTHING_TO_REVERT }

    private static final String CONFIG_SECTION = "previrt";

    private Patcher() {
    }

    public static String branchName(String version) {
        return "previrt/" + version;
    }

    /** Opens the repository at {@code checkout} (its .git must be right there). */
    public static Git open(Path checkout) throws BinutilsException, IOException {
        if (!Files.isDirectory(checkout)) {
            throw new BinutilsException("no such directory: " + checkout);
        }
        if (!Files.exists(checkout.resolve(".git"))) {
            throw new BinutilsException(checkout + " is not a git checkout (no .git); create one with: "
                    + "tools/previrt binutils import --tarball T --into DIR");
        }
        return Git.open(checkout.toFile());
    }

    /** Written before apply changes anything, removed when it is done or rolled back. */
    static final String MARKER = "previrt-apply-in-progress";

    public static Outcome apply(Path root, Path checkout, PrintStream out)
            throws IOException, BinutilsException, GitAPIException {
        try (Git git = open(checkout)) {
            Repository repo = git.getRepository();
            recoverInterrupted(git, checkout, out);
            refuseLocked(repo, checkout);
            VersionData v = BinutilsTree.detect(root, checkout);
            PatchSeries series = PatchSeries.load(root, v.version());
            String branch = branchName(v.version());
            String branchRef = Constants.R_HEADS + branch;
            ObjectId head = repo.resolve(Constants.HEAD);
            if (head == null) {
                throw new BinutilsException(checkout + " has no commit yet");
            }
            Ref existing = repo.exactRef(branchRef);
            if (existing != null) {
                if (!holdsSeries(repo, existing.getObjectId(), series)) {
                    throw new BinutilsException("branch " + branch + " exists but does not hold the current patch "
                            + "series (stale or edited); after `tools/previrt binutils revert --checkout " + checkout
                            + "` delete it with JGit or `git branch -D " + branch + "` and apply again");
                }
                if (branchRef.equals(repo.getFullBranch())) {
                    out.println("binutils apply: already applied (" + series.patches().size() + " patches on "
                            + branch + "); nothing changed");
                    return Outcome.ALREADY_APPLIED;
                }
                requireClean(git, checkout);
                String base = repo.getFullBranch();
                git.checkout().setName(branch).call();
                saveBase(repo, v.version(), base);
                out.println("binutils apply: already applied on " + branch + "; switched to it from "
                        + Repository.shortenRefName(base));
                return Outcome.SWITCHED;
            }
            requireClean(git, checkout);
            String base = repo.getFullBranch();
            out.println("binutils apply: binutils " + v.version() + ", " + series.patches().size()
                    + " patches onto new branch " + branch + " (from " + Repository.shortenRefName(base) + ")");
            writeMarker(repo, base, head, branch);
            git.checkout().setCreateBranch(true).setName(branch).setStartPoint(head.name()).call();
            for (PatchSeries.Patch p : series.patches()) {
                try {
                    applyOne(git, p);
                    out.println("  applied " + p.fileName());
                    pause();
                } catch (GitAPIException | IOException | RuntimeException e) {
                    rollback(git, base, head, branch);
                    throw new BinutilsException("patch " + p.fileName() + " does not apply to " + checkout + ": "
                            + e.getMessage() + "; nothing changed (still on " + Repository.shortenRefName(base)
                            + " at " + head.abbreviate(12).name() + ")", e);
                }
            }
            saveBase(repo, v.version(), base);
            Files.delete(marker(repo));
            out.println("binutils apply: done; " + branch + " is checked out (revert: tools/previrt binutils revert "
                    + "--checkout " + checkout + ")");
            return Outcome.APPLIED;
        }
    }

    /** Applies one patch to the work tree with ApplyCommand and commits exactly the files it touched. */
    static RevCommit applyOne(Git git, PatchSeries.Patch p) throws GitAPIException, IOException {
        ApplyResult r = git.apply().setPatch(new ByteArrayInputStream(p.bytes())).call();
        Path work = git.getRepository().getWorkTree().toPath();
        List<String> paths = new ArrayList<>();
        for (File f : r.getUpdatedFiles()) {
            paths.add(work.relativize(f.toPath().toAbsolutePath()).toString().replace(File.separatorChar, '/'));
        }
        if (paths.isEmpty()) {
            throw new IOException("the patch changed no file");
        }
        AddCommand add = git.add();
        paths.forEach(add::addFilepattern);
        add.call();
        AddCommand update = git.add().setUpdate(true);
        paths.forEach(update::addFilepattern);
        update.call();
        return git.commit().setMessage(p.commitMessage()).setAuthor(Importer.IDENT).setCommitter(Importer.IDENT)
                .setSign(false).call();
    }

    /** Puts HEAD, the branch list, the index and the work tree back as they were before apply. */
    private static void rollback(Git git, String base, ObjectId head, String branch) throws GitAPIException, IOException {
        git.reset().setMode(ResetType.HARD).setRef(head.name()).call();
        git.clean().setCleanDirectories(true).call();
        git.checkout().setName(base.startsWith(Constants.R_HEADS) ? base : head.name()).call();
        if (git.getRepository().exactRef(Constants.R_HEADS + branch) != null) {
            git.branchDelete().setBranchNames(Constants.R_HEADS + branch).setForce(true).call();
        }
        try {
            Files.deleteIfExists(marker(git.getRepository()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Test hook: milliseconds to sleep after each patch, so a kill can land half-way. */
    private static void pause() {
        long ms = Long.getLong("previrt.apply.stepDelayMs", 0);
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Path marker(Repository repo) {
        return repo.getDirectory().toPath().resolve(MARKER);
    }

    private static void writeMarker(Repository repo, String base, ObjectId head, String branch) throws IOException {
        String text = "base " + base + "\nhead " + head.name() + "\nbranch " + branch + "\n";
        org.previrt.write.AtomicFile.write(marker(repo), text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                (java.util.Set<java.nio.file.attribute.PosixFilePermission>) null);
    }

    /**
     * An apply killed half-way left its marker (and maybe {@code index.lock}, a partial branch, a dirty
     * tree): put everything back as it was before that apply, so this one starts from the same state.
     * The tree was clean when the marker was written, so resetting and cleaning loses nothing.
     */
    private static void recoverInterrupted(Git git, Path checkout, PrintStream out)
            throws IOException, GitAPIException, BinutilsException {
        Repository repo = git.getRepository();
        Path m = marker(repo);
        if (!Files.exists(m)) {
            return;
        }
        String base = null;
        String head = null;
        String branch = null;
        for (String l : Files.readAllLines(m)) {
            if (l.startsWith("base ")) {
                base = l.substring(5);
            } else if (l.startsWith("head ")) {
                head = l.substring(5);
            } else if (l.startsWith("branch ")) {
                branch = l.substring(7);
            }
        }
        if (base == null || head == null || branch == null || ObjectId.isId(head) == false) {
            throw new BinutilsException(m + " is damaged; remove it, check `git status` and run apply again");
        }
        // lock files the killed apply left: the index, HEAD, packed refs, config and the branch refs
        Path gitDir = repo.getDirectory().toPath();
        for (String lock : List.of("index.lock", "HEAD.lock", "packed-refs.lock", "config.lock",
                (branch.startsWith("refs/") ? branch : "refs/heads/" + branch) + ".lock", base + ".lock")) {
            Path l = gitDir.resolve(lock).normalize();
            if (l.startsWith(gitDir)) {
                Files.deleteIfExists(l);
            }
        }
        rollback(git, base, ObjectId.fromString(head), branch);
        out.println("binutils apply: an earlier apply was interrupted; restored " + Repository.shortenRefName(base)
                + " at " + head.substring(0, 12) + " and removed its partial branch " + branch + "; applying again");
    }

    /** A {@code .git/index.lock} without our marker belongs to another git (running, or killed). */
    private static void refuseLocked(Repository repo, Path checkout) throws BinutilsException {
        Path lock = repo.getDirectory().toPath().resolve("index.lock");
        if (Files.exists(lock)) {
            throw new BinutilsException(lock + " exists: another git command is running in " + checkout
                    + ", or one was killed; when none is running, remove the file and run apply again");
        }
    }

    public static Outcome revert(Path root, Path checkout, PrintStream out)
            throws IOException, BinutilsException, GitAPIException {
        try (Git git = open(checkout)) {
            Repository repo = git.getRepository();
            if (Files.exists(marker(repo))) {
                throw new BinutilsException("an earlier apply was interrupted (" + marker(repo)
                        + "); run tools/previrt binutils apply --checkout " + checkout + " to restore and finish it");
            }
            VersionData v = BinutilsTree.detect(root, checkout);
            String branchRef = Constants.R_HEADS + branchName(v.version());
            if (!branchRef.equals(repo.getFullBranch())) {
                out.println("binutils revert: not on " + branchName(v.version()) + " (on "
                        + Repository.shortenRefName(repo.getFullBranch()) + "); nothing to revert");
                return Outcome.NOTHING_TO_REVERT;
            }
            requireClean(git, checkout);
            String base = repo.getConfig().getString(CONFIG_SECTION, v.version(), "base");
            if (base == null) {
                throw new BinutilsException("do not know which branch " + branchName(v.version())
                        + " was made from (no previrt." + v.version() + ".base in .git/config)");
            }
            git.checkout().setName(base).call();
            out.println("binutils revert: back on " + Repository.shortenRefName(base) + " (" + branchName(v.version())
                    + " is kept; apply switches back to it)");
            return Outcome.REVERTED;
        }
    }

    private static void saveBase(Repository repo, String version, String base) throws IOException {
        StoredConfig c = repo.getConfig();
        c.setString(CONFIG_SECTION, version, "base", base);
        c.save();
    }

    private static void requireClean(Git git, Path checkout) throws GitAPIException, BinutilsException {
        Status s = git.status().call();
        if (!s.isClean()) {
            List<String> dirty = new ArrayList<>();
            dirty.addAll(s.getModified());
            dirty.addAll(s.getChanged());
            dirty.addAll(s.getAdded());
            dirty.addAll(s.getRemoved());
            dirty.addAll(s.getMissing());
            dirty.addAll(s.getUntracked());
            dirty.addAll(s.getConflicting());
            List<String> shown = dirty.stream().sorted().limit(5).toList();
            throw new BinutilsException(checkout + " has uncommitted changes (" + dirty.size() + " path(s): "
                    + String.join(", ", shown) + (dirty.size() > 5 ? ", ..." : "")
                    + "); commit or discard them first");
        }
    }

    /** True when the first-parent chain from {@code tip} ends with exactly the series' patch commits. */
    static boolean holdsSeries(Repository repo, ObjectId tip, PatchSeries series) throws IOException {
        List<String> want = new ArrayList<>();
        for (PatchSeries.Patch p : series.patches()) {
            want.add(p.fileName() + " " + p.sha256());
        }
        List<String> have = new ArrayList<>();
        try (RevWalk w = new RevWalk(repo)) {
            RevCommit c = w.parseCommit(tip);
            while (true) {
                String t = trailer(c.getFullMessage());
                if (t == null) {
                    break;
                }
                have.add(0, t);
                if (c.getParentCount() == 0) {
                    break;
                }
                c = w.parseCommit(c.getParent(0));
            }
        }
        return have.equals(want);
    }

    private static String trailer(String message) {
        for (String l : message.split("\n")) {
            if (l.startsWith(PatchSeries.TRAILER + " ")) {
                return l.substring(PatchSeries.TRAILER.length() + 1).strip();
            }
        }
        return null;
    }
}
