package org.previrt.binutils.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The rendered series of one version: {@code patches/binutils-<version>/series} and its patch files. */
public record PatchSeries(String version, Path dir, List<Patch> patches) {

    /** One format-patch file: its name, bytes, and the commit message it carries. */
    public record Patch(String fileName, byte[] bytes, String subject, String body) {
        public String sha256() {
            return PatchSeries.sha256(bytes);
        }

        /** The commit message: subject, body, and a trailer naming the patch and its hash. */
        public String commitMessage() {
            StringBuilder sb = new StringBuilder(subject).append("\n\n");
            if (!body.isBlank()) {
                sb.append(body.strip()).append("\n\n");
            }
            sb.append(TRAILER).append(' ').append(fileName).append(' ').append(sha256()).append('\n');
            return sb.toString();
        }
    }

    public static final String TRAILER = "Previrt-Patch:";

    public static PatchSeries load(Path root, String version) throws IOException, BinutilsException {
        Path dir = root.resolve("patches").resolve("binutils-" + version);
        Path series = dir.resolve("series");
        if (!Files.isRegularFile(series)) {
            throw new BinutilsException("no patch series for binutils " + version + " (" + series
                    + " is missing; run tools/previrt generate)");
        }
        List<Patch> out = new ArrayList<>();
        for (String line : Files.readAllLines(series, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(dir.resolve(l));
            out.add(parse(l, bytes));
        }
        return new PatchSeries(version, dir, List.copyOf(out));
    }

    /** Reads subject and body from a format-patch file (the text between the headers and {@code ---}). */
    public static Patch parse(String fileName, byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        String subject = fileName;
        StringBuilder body = new StringBuilder();
        int i = 0;
        for (; i < lines.length && !lines[i].isEmpty(); i++) {
            if (lines[i].startsWith("Subject: ")) {
                subject = lines[i].substring(9).replaceFirst("^\\[PATCH[^]]*\\]\\s*", "");
            }
        }
        for (i++; i < lines.length && !lines[i].equals("---") && !lines[i].startsWith("diff --git "); i++) {
            body.append(lines[i]).append('\n');
        }
        return new Patch(fileName, bytes, subject, body.toString());
    }

    /** One hash over every patch, for caches keyed by the series. */
    public String hash() {
        StringBuilder sb = new StringBuilder(version);
        for (Patch p : patches) {
            sb.append('\n').append(p.fileName()).append(' ').append(p.sha256());
        }
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
