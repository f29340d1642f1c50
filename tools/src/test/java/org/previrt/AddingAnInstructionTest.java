package org.previrt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.cli.Main;

/**
 * docs/adding-an-instruction.md, done as written on a copy of the project: the record and the vector
 * lines come from the guide's own blocks, then one {@code generate}. Afterwards everything agrees with
 * itself ({@code generate --check}, {@code vectors}) and the new form is a site for the pack (real gas,
 * read back by {@code sites}) and for gas's C classifier built from the header in the new patch 0001.
 */
class AddingAnInstructionTest {
    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    private static Run previrt(Path root, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), root);
        return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The fenced blocks of the guide, by language, indentation of the list item removed. */
    private static List<String> blocks(String text, String lang) {
        Matcher m = Pattern.compile("(?m)^( *)```" + lang + "\\n(.*?)^ *```$", Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String indent = m.group(1);
            StringBuilder b = new StringBuilder();
            for (String l : m.group(2).split("\n", -1)) {
                b.append(l.startsWith(indent) ? l.substring(indent.length()) : l).append('\n');
            }
            out.add(b.toString().replaceAll("\n+$", "\n"));
        }
        return out;
    }

    @Test
    void theGuidesStepsAddASiteEverywhereInOneGenerate() throws Exception {
        Path root = TestRoot.copy(tmp.resolve("root"));
        TestRoot.copyTree(TestRoot.real().resolve("patches"), root.resolve("patches"));
        String guide = Files.readString(TestRoot.real().resolve("docs/adding-an-instruction.md"));
        List<String> yaml = blocks(guide, "yaml");
        List<String> asm = blocks(guide, "asm");
        assertEquals(1, yaml.size(), "one record block");
        assertEquals(1, asm.size(), "one vector block");
        String form = yaml.get(0).replaceAll("(?s).*- form: (\\S+).*", "$1");
        String family = guide.replaceAll("(?s).*to the family file, here `isa-specs/([a-z-]+)\\.yaml`.*", "$1");

        Files.writeString(root.resolve("isa-specs/" + family + ".yaml"), yaml.get(0), StandardOpenOption.APPEND);
        Files.writeString(root.resolve("test-vectors/" + family + ".s"), asm.get(0), StandardOpenOption.APPEND);

        Run gen = previrt(root, "generate");
        assertEquals(0, gen.exit(), gen.err());
        Run check = previrt(root, "generate", "--check");
        assertEquals(0, check.exit(), "generate leaves something behind:\n" + check.err());
        Run vectors = previrt(root, "vectors");
        assertEquals(0, vectors.exit(), vectors.err());
        assertTrue(previrt(root, "list").out().contains(form), "list shows " + form);

        // the recorded golden shows the site: the instruction's bytes, then the padding
        String golden = Files.readString(root.resolve("test-vectors/" + family + ".d"));
        assertTrue(golden.contains("66 0f 38 80 5b 04"), "the .d holds the new instruction:\n" + golden);
        assertTrue(!Files.readString(TestRoot.real().resolve("test-vectors/" + family + ".d")).contains("66 0f 38 80"));

        // the pack (real gas) makes it a site; sites decodes it as the new form
        Path s = tmp.resolve("new.s");
        Files.writeString(s, asm.get(0));
        Path o = tmp.resolve("new.o");
        Process as = new ProcessBuilder("as", "--32", root.resolve("generated/x86-32/previrt-typed.inc").toString(),
                s.toString(), "-o", o.toString()).redirectErrorStream(true).start();
        String asOut = new String(as.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, as.waitFor(), asOut);
        Run sites = previrt(root, "sites", "--json", o.toString());
        assertEquals(0, sites.exit(), sites.err());
        assertTrue(sites.out().contains("\"form\": \"" + form + "\"") || sites.out().contains("\"form\":\"" + form + "\""),
                sites.out());

        // gas's classifier, compiled from the header that the new patch 0001 carries
        Path c = Files.createDirectories(tmp.resolve("c"));
        Files.writeString(c.resolve("tc-i386-previrt.h"), newFile(root.resolve(
                "patches/binutils-2.40/0001-gas-add-the-previrt-site-table.patch"), "gas/config/tc-i386-previrt.h"));
        Files.copy(root.resolve("templates/binutils/gas/tc-i386-previrt-classify.c"),
                c.resolve("tc-i386-previrt-classify.c"));
        Process cc = new ProcessBuilder("gcc", "-std=gnu99", "-O1", "-Wall", "-Werror", "-I", c.toString(), "-o",
                c.resolve("classify").toString(), TestRoot.real().resolve("tools/src/test/c/classify-main.c").toString())
                .redirectErrorStream(true).start();
        String ccOut = new String(cc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, cc.waitFor(), ccOut);
        Process run = new ProcessBuilder(c.resolve("classify").toString()).start();
        run.getOutputStream().write("32 66 0f 38 80 5b 04\n32 66 0f 38 80 c3\n".getBytes(StandardCharsets.US_ASCII));
        run.getOutputStream().close();
        String got = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor());
        assertEquals(form + " 6\n-\n", got, "memory form a site, register form (mod 3) none");
    }

    /** The content of a file that a git-format patch creates (its '+' lines). */
    private static String newFile(Path patch, String path) throws Exception {
        String text = Files.readString(patch);
        int at = text.indexOf("diff --git a/" + path + " b/" + path);
        assertTrue(at >= 0, patch + " creates no " + path);
        int end = text.indexOf("\ndiff --git ", at + 1);
        String part = text.substring(at, end < 0 ? text.length() : end);
        StringBuilder out = new StringBuilder();
        boolean body = false;
        for (String l : part.split("\n", -1)) {
            if (l.startsWith("@@")) {
                body = true;
            } else if (body && l.startsWith("+")) {
                out.append(l.substring(1)).append('\n');
            } else if (body && !l.startsWith("\\")) {
                break;
            }
        }
        return out.toString();
    }
}
