package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folders of tools/target/linux/: one per content hash; an older folder of the same kind is removed. */
final class BuildCache {
    private BuildCache() {
    }

    /** Removes every {@code <prefix>*} folder in {@code cache} except {@code keep}. */
    static void pruneSiblings(Path cache, String prefix, Path keep) throws IOException {
        if (!Files.isDirectory(cache)) {
            return;
        }
        try (Stream<Path> s = Files.list(cache)) {
            for (Path p : s.toList()) {
                if (p.getFileName().toString().startsWith(prefix) && !p.equals(keep)) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
