package org.previrt.wrapper;

import java.nio.file.Path;

import org.previrt.Exec;

/** Section sizes of an object as objdump -h prints them. */
public final class SectionSizes {
    private SectionSizes() {
    }

    /** Size in bytes of {@code section} in {@code obj}, 0 when it has none. */
    public static long of(Path obj, String section) throws Exception {
        Exec.Result r = Exec.run("objdump", "-h", obj.toString());
        if (r.exit() != 0) {
            throw new IllegalStateException("objdump -h " + obj + ": " + r.err());
        }
        for (String l : r.out().split("\n")) {
            String[] w = l.trim().split("\\s+");
            if (w.length >= 3 && w[1].equals(section)) {
                return Long.parseLong(w[2], 16);
            }
        }
        return 0;
    }
}
