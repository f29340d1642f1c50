package org.previrt.binutils.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.cli.Main;

/**
 * apply / revert with JGit on a small tree: pre-image + patches = post-image (test resources
 * binutils/triplet/), a patch failing half way leaves everything as it was, a second apply changes
 * nothing, and bad trees are refused with exit 2.
 */
@Tag("slow")
class PatcherTest {
    private static final Path TRIPLET = TestRoot.real().resolve("tools/src/test/resources/binutils/triplet");

    @TempDir
    Path tmp;
    private Path root;
    private Path checkout;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    @BeforeEach
    void setUp() throws Exception {
        root = tmp.resolve("root");
        Files.createDirectories(root.resolve("templates/binutils"));
        Files.copy(TestRoot.real().resolve("templates/binutils/2.40.yaml"), root.resolve("templates/binutils/2.40.yaml"));
        checkout = tmp.resolve("binutils");
        TestRoot.copyTree(TRIPLET.resolve("pre"), checkout);
        try (Git git = Git.init().setDirectory(checkout.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("pristine").setAuthor(Importer.IDENT).setCommitter(Importer.IDENT)
                    .setSign(false).call();
        }
    }

    private void series(String... patches) throws IOException {
        Path dir = root.resolve("patches/binutils-2.40");
        Files.createDirectories(dir);
        for (String p : patches) {
            Files.copy(TRIPLET.resolve(p), dir.resolve(p));
        }
        Files.writeString(dir.resolve("series"), "# test series\n" + String.join("\n", patches) + "\n");
    }

    @Test
    void preImagePlusPatchesIsThePostImage() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        assertEquals(Patcher.Outcome.APPLIED, Patcher.apply(root, checkout, out));
        assertEquals(files(TRIPLET.resolve("post")), files(checkout));
        try (Git git = Git.open(checkout.toFile())) {
            assertEquals("refs/heads/previrt/2.40", git.getRepository().getFullBranch());
            assertTrue(git.status().call().isClean());
            List<String> subjects = new ArrayList<>();
            for (RevCommit c : git.log().call()) {
                subjects.add(c.getShortMessage());
            }
            assertEquals(List.of("gas: one more list entry", "gas: call previrt_hook", "pristine"), subjects);
            RevCommit tip = git.log().setMaxCount(1).call().iterator().next();
            assertTrue(tip.getFullMessage().contains(PatchSeries.TRAILER + " 0002-list.patch "), tip.getFullMessage());
        }
    }

    @Test
    void secondApplyChangesNothing() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        Patcher.apply(root, checkout, out);
        Snapshot before = Snapshot.of(checkout);
        assertEquals(Patcher.Outcome.ALREADY_APPLIED, Patcher.apply(root, checkout, out));
        assertEquals(before, Snapshot.of(checkout));
        assertTrue(log.toString().contains("already applied"), log.toString());
    }

    @Test
    void patchFailingHalfWayLeavesTheRepositoryAsItWas() throws Exception {
        series("0001-hello.patch", "0002-broken.patch");
        Snapshot before = Snapshot.of(checkout);
        BinutilsException e = assertThrows(BinutilsException.class, () -> Patcher.apply(root, checkout, out));
        assertTrue(e.getMessage().contains("0002-broken.patch does not apply"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing changed"), e.getMessage());
        assertEquals(before, Snapshot.of(checkout));
        // and a good series still applies afterwards
        Files.delete(root.resolve("patches/binutils-2.40/0002-broken.patch"));
        Files.delete(root.resolve("patches/binutils-2.40/series"));
        Files.delete(root.resolve("patches/binutils-2.40/0001-hello.patch"));
        series("0001-hello.patch", "0002-list.patch");
        assertEquals(Patcher.Outcome.APPLIED, Patcher.apply(root, checkout, out));
    }

    @Test
    void revertGoesBackAndApplySwitchesForward() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        Snapshot pristine = Snapshot.of(checkout);
        Patcher.apply(root, checkout, out);
        assertEquals(Patcher.Outcome.REVERTED, Patcher.revert(root, checkout, out));
        Snapshot reverted = Snapshot.of(checkout);
        assertEquals(pristine.head(), reverted.head());
        assertEquals(pristine.index(), reverted.index());
        assertEquals(pristine.files(), reverted.files());
        assertEquals(Patcher.Outcome.NOTHING_TO_REVERT, Patcher.revert(root, checkout, out));
        assertEquals(Patcher.Outcome.SWITCHED, Patcher.apply(root, checkout, out));
        assertEquals(files(TRIPLET.resolve("post")), files(checkout));
    }

    @Test
    void staleBranchIsRefused() throws Exception {
        series("0001-hello.patch");
        Patcher.apply(root, checkout, out);
        Patcher.revert(root, checkout, out);
        Files.writeString(root.resolve("patches/binutils-2.40/series"), "0001-hello.patch\n0002-list.patch\n");
        Files.copy(TRIPLET.resolve("0002-list.patch"), root.resolve("patches/binutils-2.40/0002-list.patch"));
        Snapshot before = Snapshot.of(checkout);
        BinutilsException e = assertThrows(BinutilsException.class, () -> Patcher.apply(root, checkout, out));
        assertTrue(e.getMessage().contains("does not hold the current patch series"), e.getMessage());
        assertEquals(before, Snapshot.of(checkout));
    }

    @Test
    void refusalsExitTwoWithAClearMessage() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        // dirty tree
        Files.writeString(checkout.resolve("gas/list.txt"), "edited\n");
        assertRefused("uncommitted changes", "apply", "--checkout", checkout.toString());
        // not a git checkout
        Path plain = tmp.resolve("plain");
        TestRoot.copyTree(TRIPLET.resolve("pre"), plain);
        assertRefused("not a git checkout", "apply", "--checkout", plain.toString());
        // unsupported version
        try (Git git = Git.open(checkout.toFile())) {
            Files.writeString(checkout.resolve("gas/list.txt"), "alpha\nbeta\ngamma\ndelta\nepsilon\n");
            Files.writeString(checkout.resolve("bfd/version.m4"), "m4_define([BFD_VERSION], [2.39])\n");
            git.commit().setAll(true).setMessage("older").setAuthor(Importer.IDENT).setCommitter(Importer.IDENT)
                    .setSign(false).call();
        }
        assertRefused("unsupported binutils version", "apply", "--checkout", checkout.toString());
        assertRefused("missing --checkout", "apply");
        assertRefused("does not take --tarball", "apply", "--checkout", checkout.toString(), "--tarball", "x");
    }

    /** The state apply leaves when killed half-way: its marker, a partial branch checked out, a dirty tree, index.lock. */
    @Test
    void applyKilledHalfWayIsRestoredByTheNextApply() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        Snapshot before = Snapshot.of(checkout);
        Path fresh = tmp.resolve("fresh");
        TestRoot.copyTree(checkout, fresh);
        Patcher.apply(root, fresh, out);
        try (Git git = Git.open(checkout.toFile())) {
            Repository repo = git.getRepository();
            Files.writeString(repo.getDirectory().toPath().resolve(Patcher.MARKER), "base refs/heads/main\nhead "
                    + repo.resolve(Constants.HEAD).name() + "\nbranch previrt/2.40\n");
            git.checkout().setCreateBranch(true).setName("previrt/2.40").call();
            Patcher.applyOne(git, PatchSeries.load(root, "2.40").patches().get(0));
            Files.writeString(checkout.resolve("gas/list.txt"), "half-patched\n");
            Files.writeString(checkout.resolve("gas/stray.txt"), "left by the kill\n");
            Files.writeString(repo.getDirectory().toPath().resolve("index.lock"), "");
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream msg = new ByteArrayOutputStream();
        int rc = Main.run(new String[] {"binutils", "apply", "--checkout", checkout.toString()},
                new PrintStream(msg, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), root);
        assertEquals(0, rc, err.toString());
        assertTrue(msg.toString().contains("an earlier apply was interrupted; restored main"), msg.toString());
        assertEquals(PatcherTest.files(fresh), PatcherTest.files(checkout));
        assertFalse(Files.exists(checkout.resolve(".git/index.lock")));
        assertFalse(Files.exists(checkout.resolve(".git/" + Patcher.MARKER)));
        // and revert takes it back to exactly the state before
        Patcher.revert(root, checkout, out);
        assertEquals(before.files(), Snapshot.of(checkout).files());
    }

    /** kill -9 of an apply child process at random points; the next apply must end exactly like one uninterrupted. */
    @Test
    void applyKilledAtRandomPointsIsFinishedByTheNextApply() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        Snapshot before = Snapshot.of(checkout);
        Path fresh = tmp.resolve("fresh");
        TestRoot.copyTree(checkout, fresh);
        Patcher.apply(root, fresh, out);
        Map<String, String> applied = PatcherTest.files(fresh);
        Path pristine = tmp.resolve("pristine");
        TestRoot.copyTree(checkout, pristine);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> child = List.of(java, "-cp", System.getProperty("java.class.path"), "-Dprevirt.root=" + root,
                "-Dprevirt.apply.stepDelayMs=400", Main.class.getName(), "binutils", "apply", "--checkout",
                checkout.toString());
        long t0 = System.nanoTime();
        assertEquals(0, new ProcessBuilder(child).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start().waitFor());
        int whole = (int) ((System.nanoTime() - t0) / 1_000_000);
        java.util.Random random = new java.util.Random(3);
        int interrupted = 0;
        for (int round = 0; round < 5; round++) {
            deleteTree(checkout);
            TestRoot.copyTree(pristine, checkout);
            assertEquals(before, Snapshot.of(checkout));
            Process p = new ProcessBuilder(child).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("child.log").toFile()).start();
            Thread.sleep(whole / 4 + random.nextInt(whole));
            p.destroyForcibly();
            p.waitFor();
            if (Files.exists(checkout.resolve(".git/" + Patcher.MARKER))) {
                interrupted++;
            }
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = Main.run(new String[] {"binutils", "apply", "--checkout", checkout.toString()}, out,
                    new PrintStream(err, true, StandardCharsets.UTF_8), root);
            assertEquals(0, rc, "round " + round + ": " + err);
            assertEquals(applied, PatcherTest.files(checkout), "round " + round);
            assertFalse(Files.exists(checkout.resolve(".git/" + Patcher.MARKER)));
            Patcher.revert(root, checkout, out);
            assertEquals(before.files(), Snapshot.of(checkout).files(), "round " + round);
        }
        System.out.printf("apply kill -9 rounds (whole run %d ms): %d of 5 killed half-way%n", whole, interrupted);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void staleIndexLockOfAnotherGitIsRefusedWithoutTouchingAnything() throws Exception {
        series("0001-hello.patch", "0002-list.patch");
        Files.writeString(checkout.resolve(".git/index.lock"), "");
        Snapshot before = Snapshot.of(checkout);
        assertRefused("index.lock exists: another git command is running", "apply", "--checkout", checkout.toString());
        assertEquals(before, Snapshot.of(checkout));
        assertTrue(Files.exists(checkout.resolve(".git/index.lock")));
    }

    private void assertRefused(String message, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] argv = new String[args.length + 1];
        argv[0] = "binutils";
        System.arraycopy(args, 0, argv, 1, args.length);
        int rc = Main.run(argv, out, new PrintStream(err, true, StandardCharsets.UTF_8), root);
        assertEquals(2, rc, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }

    /** HEAD, branches, index entries and work-tree files: what apply must leave alone on failure. */
    record Snapshot(String head, Map<String, String> branches, Map<String, String> index, Map<String, String> files) {
        static Snapshot of(Path checkout) throws Exception {
            try (Git git = Git.open(checkout.toFile())) {
                Repository repo = git.getRepository();
                String head = repo.getFullBranch() + " " + repo.resolve(Constants.HEAD).name();
                Map<String, String> branches = new TreeMap<>();
                for (Ref r : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
                    branches.put(r.getName(), r.getObjectId().name());
                }
                Map<String, String> index = new TreeMap<>();
                DirCache dc = repo.readDirCache();
                for (int i = 0; i < dc.getEntryCount(); i++) {
                    index.put(dc.getEntry(i).getPathString(),
                            dc.getEntry(i).getFileMode() + " " + dc.getEntry(i).getObjectId().name());
                }
                return new Snapshot(head, branches, index, PatcherTest.files(checkout));
            }
        }
    }

    static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                if (!rel.startsWith(".git")) {
                    out.put(rel, Files.readString(p, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    @Test
    void snapshotSeesChanges() throws Exception {
        Snapshot a = Snapshot.of(checkout);
        Files.writeString(checkout.resolve("gas/new.txt"), "x\n");
        assertNotEquals(a, Snapshot.of(checkout));
    }
}
