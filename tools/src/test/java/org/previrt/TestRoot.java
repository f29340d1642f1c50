package org.previrt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.previrt.util.ProjectRoot;

/** The real project root, and throwaway copies of it for tests that must change files. */
public final class TestRoot {
    private TestRoot() {
    }

    public static Path real() {
        return ProjectRoot.find();
    }

    /** Copies isa-specs/, templates/, generated/ and test-vectors/ into {@code dir}. */
    public static Path copy(Path dir) throws IOException {
        for (String d : new String[] {"isa-specs", "templates", "generated", "test-vectors"}) {
            Path from = real().resolve(d);
            if (Files.isDirectory(from)) {
                copyTree(from, dir.resolve(d));
            }
        }
        return dir;
    }

    /** Copies a folder tree, keeping file attributes (the wrapper must stay executable); returns {@code to}. */
    public static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
