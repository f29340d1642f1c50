package org.previrt.write;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.previrt.write.GeneratedFile;
import org.previrt.util.IoErrors;
import org.previrt.util.RegularFiles;

/**
 * The generated folders as a whole, replaced all-or-nothing.
 *
 * <p>{@link #write} first puts every new or changed file next to its target as {@code .NAME.previrt-new}
 * (flushed to disk), then commits by renaming a journal, {@code .previrt-generate.journal} in the first
 * managed folder, that lists every rename and removal; only then does it rename and remove, and finally it
 * deletes the journal. A run killed before the journal exists leaves the old set (plus temporaries, which
 * the next run deletes); one killed after it leaves a journal, and the next run finishes the renames it
 * lists first (roll forward). So a reader that runs {@link #recover} first sees the old set or the new set,
 * never a mix.
 */
public final class OutputTree {

    public enum Change { NEW, CHANGED, STALE }

    public record Difference(String path, Change change) {
    }

    /** Suffix of the temporaries; {@code .NAME} + this. */
    public static final String TEMP_SUFFIX = ".previrt-new";
    public static final String JOURNAL = ".previrt-generate.journal";
    private static final String JOURNAL_HEADER = "previrt generate journal 1";

    private final Path root;
    private final List<String> managedDirs;
    /** Test hook: milliseconds to sleep after each step of {@link #write}, so a kill can land between them. */
    private final long stepDelayMs = Long.getLong("previrt.generate.stepDelayMs", 0);

    public OutputTree(Path root, List<String> managedDirs) {
        this.root = root;
        this.managedDirs = managedDirs;
    }

    /** Where the journal of a pending replacement is. */
    public Path journal() {
        return root.resolve(managedDirs.get(0)).resolve(JOURNAL);
    }

    /** Whether a replacement was interrupted and {@link #recover} has not finished it yet. */
    public boolean interrupted() {
        return Files.exists(journal(), LinkOption.NOFOLLOW_LINKS);
    }

    /** What writing {@code files} would change, sorted by path. */
    public List<Difference> diff(List<GeneratedFile> files) throws IOException {
        TreeMap<String, Difference> out = new TreeMap<>();
        Set<String> wanted = new HashSet<>();
        for (GeneratedFile f : files) {
            wanted.add(f.path());
            Path p = root.resolve(f.path());
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                out.put(f.path(), new Difference(f.path(), Change.NEW));
                continue;
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw RegularFiles.refused(Path.of(f.path()), "is a " + RegularFiles.kind(p, a, LinkOption.NOFOLLOW_LINKS)
                        + " where generate writes a regular file; remove it and run generate again");
            }
            if (!Arrays.equals(RegularFiles.read(p, Math.max(RegularFiles.MAX_TEXT_BYTES, f.bytes().length)), f.bytes())
                    || Files.isExecutable(p) != f.executable()) {
                out.put(f.path(), new Difference(f.path(), Change.CHANGED));
            }
        }
        for (Path p : managedFiles()) {
            String rel = rel(p);
            if (!wanted.contains(rel) && !ours(p)) {
                out.put(rel, new Difference(rel, Change.STALE));
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * Applies the differences all-or-nothing (see the class comment), after finishing an interrupted
     * earlier run; returns them.
     */
    public List<Difference> write(List<GeneratedFile> files) throws IOException {
        recover();
        List<Difference> diffs = diff(files);
        if (diffs.isEmpty()) {
            return diffs;
        }
        TreeMap<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile f : files) {
            byPath.put(f.path(), f);
        }
        List<Path> temps = new ArrayList<>();
        StringBuilder journal = new StringBuilder(JOURNAL_HEADER).append('\n');
        try {
            for (Difference d : diffs) {
                if (d.change() == Change.STALE) {
                    journal.append("del ").append(d.path()).append('\n');
                    continue;
                }
                GeneratedFile f = byPath.get(d.path());
                Path target = root.resolve(d.path());
                Path tmp = temp(target);
                try {
                    Files.createDirectories(target.getParent());
                    temps.add(tmp);
                    writeDurably(tmp, f.bytes(), f.executable());
                } catch (IOException e) {
                    throw RegularFiles.refused(Path.of(d.path()), "cannot write: " + IoErrors.reason(e)
                            + "; nothing changed");
                }
                journal.append("put ").append(d.path()).append('\n');
                pause();
            }
            Path j = journal();
            Files.createDirectories(j.getParent());
            Path jt = temp(j);
            temps.add(jt);
            writeDurably(jt, journal.toString().getBytes(StandardCharsets.UTF_8), false);
            move(jt, j); // the commit point
            syncDir(j.getParent());
        } catch (IOException | RuntimeException e) {
            for (Path t : temps) {
                try {
                    Files.deleteIfExists(t);
                } catch (IOException ignored) {
                    // the next run removes it
                }
            }
            throw e;
        }
        pause();
        finish();
        return diffs;
    }

    /**
     * Finishes a replacement a killed run left (roll forward from its journal) and removes stray
     * temporaries; returns how many files it renamed or removed for the journal (0: nothing was pending).
     */
    public int recover() throws IOException {
        int done = interrupted() ? finish() : 0;
        for (Path p : managedFiles()) {
            if (ours(p) && !p.equals(journal())) {
                Files.deleteIfExists(p);
            }
        }
        return done;
    }

    /** Carries out the journal's renames and removals, then deletes it. */
    private int finish() throws IOException {
        Path j = journal();
        List<String> lines = Files.readAllLines(RegularFiles.checkedRegular(j, RegularFiles.MAX_TEXT_BYTES));
        if (lines.isEmpty() || !lines.get(0).equals(JOURNAL_HEADER)) {
            throw RegularFiles.refused(j, "not a generate journal; remove it and run generate again");
        }
        int n = 0;
        Set<Path> dirs = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            Path target = line.length() < 5 ? null : root.resolve(line.substring(4)).normalize();
            if (target == null || !(line.startsWith("put ") || line.startsWith("del ")) || !managed(target)) {
                throw RegularFiles.refused(j, "bad entry '" + line + "'; remove it and run generate again");
            }
            if (line.startsWith("put ")) {
                Path tmp = temp(target);
                if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
                    move(tmp, target);
                    n++;
                    pause();
                }
                // else: renamed before the kill
            } else if (Files.deleteIfExists(target)) {
                n++;
            }
            dirs.add(target.getParent());
        }
        for (Path d : dirs) {
            syncDir(d);
        }
        Files.delete(j);
        syncDir(j.getParent());
        return n;
    }

    private List<Path> managedFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String entry : managedDirs) {
            Path d = root.resolve(folder(entry));
            if (!Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            // a DIR/*.SUFFIX entry owns only that folder's files of that kind, not its subfolders
            try (Stream<Path> s = suffix(entry) == null ? Files.walk(d) : Files.list(d)) {
                s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && owns(entry, p)).forEach(out::add);
            }
        }
        return out;
    }

    private boolean managed(Path abs) {
        for (String entry : managedDirs) {
            if (owns(entry, abs)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code abs} lies under a managed entry: "DIR" (anything below) or "DIR/*.SUFFIX". */
    private boolean owns(String entry, Path abs) {
        Path d = root.resolve(folder(entry)).normalize();
        Path p = abs.normalize();
        String suffix = suffix(entry);
        if (suffix == null) {
            return p.startsWith(d) && !p.equals(d);
        }
        String n = p.getFileName().toString();
        return d.equals(p.getParent()) && (n.endsWith(suffix) || ours(p));
    }

    private static String folder(String entry) {
        int star = entry.indexOf("/*");
        return star < 0 ? entry : entry.substring(0, star);
    }

    private static String suffix(String entry) {
        int star = entry.indexOf("/*");
        return star < 0 ? null : entry.substring(star + 2);
    }

    /** A temporary or the journal: files of this class, never generated outputs. */
    private static boolean ours(Path p) {
        String n = p.getFileName().toString();
        return n.equals(JOURNAL) || n.startsWith(".") && n.endsWith(TEMP_SUFFIX);
    }

    private String rel(Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static Path temp(Path target) {
        return target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX);
    }

    private static void writeDurably(Path tmp, byte[] data, boolean executable) throws IOException {
        Files.deleteIfExists(tmp);
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                c.write(b);
            }
            c.force(true);
        }
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            if (executable) {
                perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
            view.setPermissions(perms);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a folder's entries (renames) to disk where the platform allows it. */
    private static void syncDir(Path dir) {
        try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform can open a folder; the rename itself is still atomic
        }
    }

    private void pause() {
        if (stepDelayMs > 0) {
            try {
                Thread.sleep(stepDelayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
