package org.previrt.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.previrt.render.GeneratedFile;

/**
 * The generated folders as a whole: compares rendered files with what is on disk, writes only the
 * files whose bytes change (each through a temp file and an atomic move) and removes stale ones.
 */
public final class OutputTree {

    public enum Change { NEW, CHANGED, STALE }

    public record Difference(String path, Change change) {
    }

    private final Path root;
    private final List<String> managedDirs;

    public OutputTree(Path root, List<String> managedDirs) {
        this.root = root;
        this.managedDirs = managedDirs;
    }

    /** What writing {@code files} would change, sorted by path. */
    public List<Difference> diff(List<GeneratedFile> files) throws IOException {
        TreeMap<String, Difference> out = new TreeMap<>();
        Set<String> wanted = new java.util.HashSet<>();
        for (GeneratedFile f : files) {
            wanted.add(f.path());
            Path p = root.resolve(f.path());
            if (!Files.exists(p)) {
                out.put(f.path(), new Difference(f.path(), Change.NEW));
            } else if (!Arrays.equals(Files.readAllBytes(p), f.bytes()) || Files.isExecutable(p) != f.executable()) {
                out.put(f.path(), new Difference(f.path(), Change.CHANGED));
            }
        }
        for (String dir : managedDirs) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(d)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    String rel = root.relativize(p).toString().replace('\\', '/');
                    if (!wanted.contains(rel)) {
                        out.put(rel, new Difference(rel, Change.STALE));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Applies the differences; every file lands whole or not at all. */
    public List<Difference> write(List<GeneratedFile> files) throws IOException {
        List<Difference> diffs = diff(files);
        TreeMap<String, GeneratedFile> byPath = new TreeMap<>();
        for (GeneratedFile f : files) {
            byPath.put(f.path(), f);
        }
        for (Difference d : diffs) {
            Path p = root.resolve(d.path());
            if (d.change() == Change.STALE) {
                Files.delete(p);
                continue;
            }
            GeneratedFile f = byPath.get(d.path());
            Files.createDirectories(p.getParent());
            Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            if (f.executable()) {
                perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
            AtomicFile.write(p, f.bytes(), perms);
        }
        return diffs;
    }
}
