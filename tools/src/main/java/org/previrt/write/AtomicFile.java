package org.previrt.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;

/** Writes a file through a temporary file in the same folder and a rename, so readers never see half of it. */
public final class AtomicFile {
    private AtomicFile() {
    }

    /** Writes {@code data} to {@code target}, with the permissions of {@code like} where the file system has them. */
    public static void write(Path target, byte[] data, Path like) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(like, PosixFileAttributeView.class);
        write(target, data, from == null ? null : from.readAttributes().permissions());
    }

    /** Writes {@code data} to {@code target} with {@code permissions} (null: the temporary file's). */
    public static void write(Path target, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(tmp,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(data);
                while (b.hasRemaining()) {
                    c.write(b);
                }
                c.force(true); // on disk before the rename makes it visible
            }
            PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
            if (permissions != null && to != null) {
                to.setPermissions(permissions);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
