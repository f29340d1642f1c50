package org.previrt.util;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project root: the folder holding isa-specs/ (set by the launcher or the tests). */
public final class ProjectRoot {
    private ProjectRoot() {
    }

    public static Path find() {
        String prop = System.getProperty("previrt.root");
        if (prop != null) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.isDirectory(q.resolve("isa-specs"))) {
                return q;
            }
        }
        return p;
    }
}
