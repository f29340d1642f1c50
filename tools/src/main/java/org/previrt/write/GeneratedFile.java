package org.previrt.write;

import java.nio.charset.StandardCharsets;

/** One rendered output: a path relative to the project root, its bytes and whether it is executable. */
public record GeneratedFile(String path, byte[] bytes, boolean executable) {
    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8), false);
    }
}
