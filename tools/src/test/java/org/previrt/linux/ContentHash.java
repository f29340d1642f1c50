package org.previrt.linux;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A sha256 over labelled inputs (strings, files, folder trees): the cache key of a build. */
final class ContentHash {
    private final MessageDigest md;

    ContentHash() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    ContentHash text(String label, String value) {
        put(label);
        put(value);
        return this;
    }

    ContentHash file(String label, Path file) throws IOException {
        put(label);
        put(file.getFileName().toString());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                md.update(buf, 0, n);
            }
        }
        md.update((byte) (Files.isExecutable(file) ? 1 : 0));
        return this;
    }

    /** Every regular file under {@code dir}, by relative path in sorted order. */
    ContentHash tree(String label, Path dir) throws IOException {
        put(label);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            file(dir.relativize(f).toString(), f);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256(Path file) throws IOException {
        ContentHash h = new ContentHash();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0;) {
                h.md.update(buf, 0, n);
            }
        }
        return h.hex();
    }

    private void put(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }
}
