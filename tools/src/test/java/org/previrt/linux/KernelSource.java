package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's linux-source tarball unpacked once under {@code <cache>/src-<sha256 prefix>/}, keyed by the
 * tarball's content. The tree is only read: every build is out of tree ({@code O=}).
 */
record KernelSource(Path tarball, String sha256, Path tree) {
    static final Path DEFAULT_TARBALL = Path.of("/usr/src/linux-source-6.1.tar.xz");

    static synchronized KernelSource unpack(Path tarball, Path cache) throws IOException, InterruptedException {
        String sha = ContentHash.sha256(tarball);
        Path dir = cache.resolve("src-" + sha.substring(0, 16));
        Path marker = dir.resolve("unpacked.ok");
        if (!Files.isRegularFile(marker)) {
            BuildCache.deleteTree(dir);
            Files.createDirectories(dir);
            Path log = dir.resolve("unpack.log");
            Tool.run(dir, Map.of(), log, 20, List.of("tar", "-xJf", tarball.toString()));
            Files.writeString(marker, sha + "\n");
        }
        return new KernelSource(tarball, sha, topDirectory(dir));
    }

    private static Path topDirectory(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> tops = s.filter(Files::isDirectory).toList();
            if (tops.size() != 1 || !Files.isRegularFile(tops.get(0).resolve("Makefile"))) {
                throw new IOException(dir + ": expected one kernel tree, found " + tops);
            }
            return tops.get(0);
        }
    }
}
