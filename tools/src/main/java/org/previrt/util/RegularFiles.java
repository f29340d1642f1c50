package org.previrt.util;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Inputs are read only when they are regular files of a bounded size (a FIFO would hang, /dev/zero would
 * never end); outputs replace only regular files (never a device, FIFO, directory or symbolic link).
 */
public final class RegularFiles {
    /** The largest ELF file read whole into memory. */
    public static final long MAX_ELF_BYTES = 1L << 30;
    /** The largest spec, template or version-data file. */
    public static final long MAX_TEXT_BYTES = 16L << 20;

    private RegularFiles() {
    }

    /** The bytes of {@code p} (symbolic links followed), refused before reading unless it is a regular file of at most {@code max} bytes. */
    public static byte[] read(Path p, long max) throws IOException {
        checkInput(p, max);
        byte[] data = Files.readAllBytes(p);
        if (data.length > max) { // it grew after the check
            throw tooLarge(p, data.length, max);
        }
        return data;
    }

    /**
     * The text of {@code p} as strict UTF-8, after {@link #checkInput}; bad bytes are refused as
     * {@code p: not valid UTF-8 at line L, column C (byte 0xNN at offset N)}.
     */
    public static String readText(Path p, long max) throws IOException {
        try {
            return StrictUtf8.decode(read(p, max));
        } catch (StrictUtf8.Malformed e) {
            throw refused(p, e.getMessage());
        }
    }

    /** {@code p}, after {@link #checkInput}. */
    public static Path checkedRegular(Path p, long max) throws IOException {
        checkInput(p, max);
        return p;
    }

    /** Refuses {@code p} unless it is a regular file (links followed) of at most {@code max} bytes. */
    public static void checkInput(Path p, long max) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw refused(p, "not a regular file (" + kind(p, a) + "); refusing to read it");
        }
        if (a.size() > max) {
            throw tooLarge(p, a.size(), max);
        }
    }

    /**
     * Refuses {@code out} as an output unless it does not exist yet or is a regular file (not followed
     * through a symbolic link), in an existing folder.
     */
    public static void checkOutput(Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                throw refused(out, "is a " + kind(abs, a, LinkOption.NOFOLLOW_LINKS) + ", not a regular file; refusing to replace it");
            }
        }
        Path dir = abs.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw refused(out, "its folder " + dir + " does not exist");
        }
    }

    /** A word for what {@code a} describes: directory, symbolic link, device, FIFO or socket. */
    public static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "directory";
        }
        if (a.isSymbolicLink()) {
            return "symbolic link";
        }
        if (a.isRegularFile()) {
            return "regular file";
        }
        return "device, FIFO or socket";
    }

    /** Like {@link #kind(BasicFileAttributes)}, but tells FIFOs, character and block devices and sockets apart where it can. */
    public static String kind(Path p, BasicFileAttributes a, LinkOption... follow) {
        if (!a.isOther()) {
            return kind(a);
        }
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode", follow) & 0170000;
            switch (mode) {
                case 0010000: return "FIFO";
                case 0020000: return "character device";
                case 0060000: return "block device";
                case 0140000: return "socket";
                default: return kind(a);
            }
        } catch (IOException | RuntimeException e) {
            return kind(a);
        }
    }

    /** An I/O error worded {@code path: reason} by {@link IoErrors#describe}. */
    public static FileSystemException refused(Path p, String reason) {
        return new FileSystemException(p.toString(), null, reason);
    }

    private static FileSystemException tooLarge(Path p, long size, long max) {
        return refused(p, "too large (" + size + " bytes; the limit is " + max + ")");
    }
}
