package org.previrt.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.testutil.Cli;
import org.previrt.testutil.Gas;

/** Corrupt inputs give exit 0, 1 or 2 with a message, never an internal error (exit 3). */
@Tag("slow")
class SitesRobustnessTest {
    @TempDir
    Path dir;

    @Test
    void randomCorruptionNeverCrashes() throws Exception {
        Path obj = Gas.assemble(dir, "t", "cli\nsti\nmovl %eax,%cr3\nlgdt (%eax)\n", Gas.TYPED);
        Path exe = Gas.link(dir, "t.exe", obj);
        Random random = new Random(4);
        for (Path original : new Path[] {obj, exe}) {
            byte[] clean = Files.readAllBytes(original);
            for (int round = 0; round < 150; round++) {
                byte[] b = clean.clone();
                int flips = 1 + random.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                Path bad = dir.resolve("bad");
                Files.write(bad, b);
                Cli r = Cli.run("sites", bad.toString());
                assertTrue(r.exit() >= 0 && r.exit() <= 2, "round " + round + " of " + original + ":\n" + r.err());
                Cli w = Cli.run("rewrite", bad.toString(), dir.resolve("out").toString(), "--mode", "trap");
                assertTrue(w.exit() >= 0 && w.exit() <= 2, "rewrite round " + round + ":\n" + w.err());
            }
        }
    }
}
