package org.previrt.binutils.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.previrt.binutils.gen.VersionData;

/** Recognises a binutils source tree and its version from the version data's marker line. */
public final class BinutilsTree {
    private BinutilsTree() {
    }

    /** The version data matching {@code dir}, or an exception naming what was found and what is supported. */
    public static VersionData detect(Path root, Path dir) throws IOException, BinutilsException {
        List<VersionData> all = VersionData.loadAll(root);
        String found = null;
        for (VersionData v : all) {
            Path marker = dir.resolve(v.versionFile());
            if (!Files.isRegularFile(marker)) {
                continue;
            }
            String text = Files.readString(marker, StandardCharsets.ISO_8859_1);
            if (text.contains(v.versionLine())) {
                return v;
            }
            found = firstLine(text, "BFD_VERSION");
        }
        List<String> supported = all.stream().map(VersionData::version).toList();
        if (!Files.isRegularFile(dir.resolve("bfd/version.m4"))) {
            throw new BinutilsException(dir + " is not a binutils source tree (no bfd/version.m4); supported: "
                    + supported);
        }
        if (found == null) {
            found = firstLine(Files.readString(dir.resolve("bfd/version.m4"), StandardCharsets.ISO_8859_1),
                    "BFD_VERSION");
        }
        throw new BinutilsException("unsupported binutils version in " + dir + " (" + found
                + "); previrt has patches for " + supported + " (add templates/binutils/<version>.yaml for another)");
    }

    private static String firstLine(String text, String key) {
        for (String l : text.split("\n")) {
            if (l.contains(key)) {
                return l.strip();
            }
        }
        return "no " + key;
    }
}
