package org.previrt.util;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** Turns I/O errors into {@code path: reason}, exit 2. */
public final class IoErrors {
    private IoErrors() {
    }

    /** {@code path: reason} for {@code e}; {@code fallback} names the file when the exception does not. */
    public static String describe(IOException e, Path fallback) {
        String file = null;
        String reason;
        if (e instanceof FileSystemException f) {
            file = f.getFile();
            if (e instanceof NoSuchFileException) {
                reason = "no such file or directory";
            } else if (e instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (e instanceof FileAlreadyExistsException) {
                reason = "already exists";
            } else if (e instanceof DirectoryNotEmptyException) {
                reason = "directory not empty";
            } else if (e instanceof NotDirectoryException) {
                reason = "not a directory";
            } else if (e instanceof FileSystemLoopException) {
                reason = "symbolic link loop";
            } else {
                reason = f.getReason() != null ? f.getReason() : "I/O error";
            }
            if (f.getReason() != null && f.getReason().startsWith("Too many levels of symbolic links")) {
                reason = "symbolic link loop";
            }
        } else {
            reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        }
        if (file == null) {
            file = fallback == null ? "previrt" : fallback.toString();
        }
        return file + ": " + (e.getClass() == FileSystemException.class ? reason : lower(reason));
    }

    /** Only the reason of {@code e}, without the path. */
    public static String reason(IOException e) {
        String d = describe(e, Path.of("x"));
        String file = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : "x";
        return d.substring(file.length() + 2);
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** An I/O failure already worded {@code path: reason}. */
    public static final class PathError extends PrevirtException {
        private static final long serialVersionUID = 1L;

        public PathError(String message, Throwable cause) {
            super(BAD_INPUT, message, cause);
        }

        public PathError(Path path, String reason) {
            super(BAD_INPUT, path + ": " + reason);
        }

        @Override
        protected boolean prefixed() {
            return false;
        }
    }
}
