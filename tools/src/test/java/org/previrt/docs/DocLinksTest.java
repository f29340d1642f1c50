package org.previrt.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every relative link of README.md and docs/*.md ({@code [text](path#anchor)}) names a file that exists,
 * and an anchor that one of that file's headings makes (GitHub's rule: lower case, punctuation other
 * than {@code -} and {@code _} dropped, spaces to {@code -}, a {@code -N} suffix for repeats).
 */
class DocLinksTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?) *#*$");

    static Set<String> anchors(String markdown) {
        Set<String> out = new HashSet<>();
        boolean fence = false;
        for (String l : markdown.split("\n")) {
            if (l.stripLeading().startsWith("```")) {
                fence = !fence;
            }
            Matcher h = HEADING.matcher(l);
            if (!fence && h.matches()) {
                String slug = h.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
                String s = slug;
                for (int n = 1; !out.add(s); n++) {
                    s = slug + "-" + n;
                }
            }
        }
        return out;
    }

    /** The text outside fenced blocks and code spans, where a link is a link. */
    static String prose(String markdown) {
        StringBuilder b = new StringBuilder();
        boolean fence = false;
        for (String l : markdown.split("\n")) {
            if (l.stripLeading().startsWith("```")) {
                fence = !fence;
                continue;
            }
            if (!fence) {
                b.append(l.replaceAll("`[^`]*`", "``")).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void anchorsFollowGithubsRule() {
        Set<String> a = anchors("# The in-place monitor (`tools/previrt monitor -o monitor.elf`)\n## Soft layering Linux\n"
                + "## Soft layering Linux\n```sh\n# not a heading\n```\n");
        assertEquals(Set.of("the-in-place-monitor-toolsprevirt-monitor--o-monitorelf", "soft-layering-linux",
                "soft-layering-linux-1"), a);
    }

    @Test
    void everyRelativeLinkOfTheGuidesResolves() throws Exception {
        List<String> bad = new ArrayList<>();
        int links = 0;
        for (Path g : DocRunner.guides()) {
            String text = Files.readString(g);
            Matcher m = LINK.matcher(prose(text));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                links++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? g : g.getParent().resolve(file).normalize();
                if (!Files.exists(to)) {
                    bad.add(g.getFileName() + ": " + target + ": no file " + to);
                } else if (hash >= 0) {
                    if (!Files.isRegularFile(to) || !anchors(Files.readString(to)).contains(target.substring(hash + 1))) {
                        bad.add(g.getFileName() + ": " + target + ": no heading makes that anchor");
                    }
                }
            }
        }
        assertTrue(links > 0, "no relative link found");
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }
}
