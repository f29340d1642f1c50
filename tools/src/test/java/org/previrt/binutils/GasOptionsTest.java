package org.previrt.binutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.binutils.tool.BinutilsException;
import org.previrt.binutils.tool.Tools;

/** The patched assembler's options, and that it changes nothing without them. */
@Tag("binutils")
class GasOptionsTest {
    @TempDir
    static Path tmp;
    static SharedBuild.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = SharedBuild.get();
    }

    private static String run(String... argv) throws Exception {
        StringBuilder out = new StringBuilder();
        Tools.run(List.of(argv), null, l -> out.append(l).append('\n'));
        return out.toString();
    }

    @Test
    void helpListsTheOptions() throws Exception {
        String help = run(built.as().toString(), "--help");
        assertTrue(help.contains("-mprevirt[=afterburn|typed|none]"), help);
        assertTrue(help.contains("-mprevirt-nop1"), help);
    }

    @Test
    void badModeIsRefused() throws Exception {
        Path s = tmp.resolve("cli.s");
        Files.writeString(s, "cli\n");
        BinutilsException e = org.junit.jupiter.api.Assertions.assertThrows(BinutilsException.class,
                () -> run(built.as().toString(), "--32", "-mprevirt=bogus", s.toString(), "-o", tmp.resolve("x.o").toString()));
        assertTrue(e.getMessage().contains("invalid -mprevirt= option"), e.getMessage());
    }

    @Test
    void sitesAreMadeIn32BitCodeOnly() throws Exception {
        Path s = tmp.resolve("modes.s");
        Files.writeString(s, "\t.code32\n\tcli\n\t.code16\n\tcli\n\t.code32\n");
        Path o = tmp.resolve("modes.o");
        run(built.as().toString(), "--32", "-mprevirt=typed", s.toString(), "-o", o.toString());
        assertEquals(2, new ElfObject(o).typedSites().size());
        Path s64 = tmp.resolve("long.s");
        Files.writeString(s64, "\t.code64\n\tcli\n\tmov %cr3, %rax\n");
        Path o64 = tmp.resolve("long.o");
        try {
            run(built.as().toString(), "--64", "-mprevirt", s64.toString(), "-o", o64.toString());
        } catch (BinutilsException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no --64 in this build: " + e.getMessage());
        }
        assertTrue(!new ElfObject(o64).sections.containsKey(".afterburn"), "no sites in .code64");
    }

    @Test
    void withoutTheOptionPatchedGasAssemblesThePacksLikeStockAs() throws Exception {
        Path packs = TestRoot.real().resolve("generated/x86-32");
        int n = 0;
        for (Path src : GasVectorEqualityTest.vectors()) {
            for (String pack : List.of("previrt.inc", "previrt-typed.inc")) {
                Path a = tmp.resolve("stock" + n + ".o");
                Path b = tmp.resolve("patched" + n + ".o");
                n++;
                run(Tools.which("as").toString(), "--32", packs.resolve(pack).toString(), src.toString(), "-o",
                        a.toString());
                run(built.as().toString(), "--32", packs.resolve(pack).toString(), src.toString(), "-o", b.toString());
                List<String> diff = GasVectorEqualityTest.identical(new ElfObject(a), new ElfObject(b));
                assertEquals(List.of(), diff, src + " " + pack);
            }
        }
    }

    @Test
    void aLoadedPackWinsOverTheOption() throws Exception {
        Path packs = TestRoot.real().resolve("generated/x86-32");
        Path src = TestRoot.real().resolve("test-vectors/interrupt-flag.s");
        Path a = tmp.resolve("pack.o");
        Path b = tmp.resolve("both.o");
        run(built.as().toString(), "--32", packs.resolve("previrt-typed.inc").toString(), src.toString(), "-o",
                a.toString());
        List<String> argv = new ArrayList<>(List.of(built.as().toString(), "--32", "-mprevirt=typed",
                packs.resolve("previrt-typed.inc").toString(), src.toString(), "-o", b.toString()));
        String out = run(argv.toArray(String[]::new));
        assertTrue(out.contains("previrt macro pack loaded"), out);
        assertEquals(List.of(), GasVectorEqualityTest.identical(new ElfObject(a), new ElfObject(b)));
    }
}
