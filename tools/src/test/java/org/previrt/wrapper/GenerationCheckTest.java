package org.previrt.wrapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.Exec;
import org.previrt.GuestCode;
import org.previrt.TestRoot;
import org.previrt.testutil.Cli;

/**
 * Build-farm safety with real gcc, gas, ld and readelf: the wrapper's choices as -Wa options, the generation
 * record in every object, and bin/ld refusing objects with code that lack it or carry another id.
 */
class GenerationCheckTest {
    static final String SCRIPT = "SECTIONS\n{\n  .text 0x100000 : { *(.text*) }\n  /DISCARD/ : { *(.note.*) *(.eh_frame) }\n}\n";

    @TempDir
    Path tmp;
    Path bin;
    Path guest;
    Path script;

    @BeforeEach
    void setUp() throws Exception {
        Exec.assumeGcc32(tmp);
        Exec.assumeTool("readelf", "--version");
        bin = TestRoot.real().resolve("generated/x86-32/bin");
        guest = tmp.resolve("guest.c");
        Files.writeString(guest, GuestCode.C);
        script = tmp.resolve("k.lds");
        Files.writeString(script, SCRIPT);
    }

    private Exec.Result run(Map<String, String> env, String... argv) throws Exception {
        return Exec.run(tmp, env, null, List.of(argv));
    }

    private Path cc(Map<String, String> env, String out, String... extra) throws Exception {
        List<String> argv = new ArrayList<>(List.of("gcc", "-m32", "-O2", "-B" + bin + "/"));
        argv.addAll(List.of(extra));
        argv.addAll(List.of("-c", guest.toString(), "-o", tmp.resolve(out).toString()));
        Exec.Result r = Exec.run(tmp, env, null, argv);
        assertEquals(0, r.exit(), r.all());
        return tmp.resolve(out);
    }

    /** The id bin/ld wants, from the generated wrapper itself. */
    private String wantedId() throws Exception {
        Matcher m = Pattern.compile("(?m)^pv_gen_want=([0-9a-f]{16})$").matcher(Files.readString(bin.resolve("ld")));
        assertTrue(m.find(), "bin/ld has no pv_gen_want");
        return m.group(1);
    }

    /** The generation records as objdump -s prints them: 12-byte groups, "" when there is no section. */
    private static String record(Path obj) throws Exception {
        Exec.Result r = Exec.run("objdump", "-s", "-j", ".previrt.generation", obj.toString());
        StringBuilder hex = new StringBuilder();
        for (String l : r.out().split("\n")) {
            if (l.startsWith(" 0")) {
                hex.append(l.substring(6, Math.min(l.length(), 41)).replace(" ", ""));
            }
        }
        return hex.toString();
    }

    @Test
    void optionsGiveTheSameObjectsAsTheEnvironmentAndWinOverIt() throws Exception {
        assertArrayEquals(Files.readAllBytes(cc(Map.of("PREVIRT_PACK", "typed"), "env-typed.o")),
                Files.readAllBytes(cc(Map.of(), "opt-typed.o", "-Wa,--previrt-pack=typed")));
        assertArrayEquals(Files.readAllBytes(cc(Map.of("PREVIRT_NOP1", "1"), "env-nop1.o")),
                Files.readAllBytes(cc(Map.of(), "opt-nop1.o", "-Wa,--previrt-nop1")));
        assertArrayEquals(Files.readAllBytes(cc(Map.of("PREVIRT_PACK", "typed", "PREVIRT_NOP1", "1"), "env-both.o")),
                Files.readAllBytes(cc(Map.of(), "opt-both.o", "-Wa,--previrt-pack=typed,--previrt-nop1")));
        // the option wins over the environment
        assertArrayEquals(Files.readAllBytes(cc(Map.of(), "plain.o")),
                Files.readAllBytes(cc(Map.of("PREVIRT_PACK", "typed"), "over.o", "-Wa,--previrt-pack=afterburn")));
        assertEquals(GuestCode.SITES * 12, SectionSizes.of(tmp.resolve("opt-typed.o"), ".afterburn.typed"));

        // skip list: this object, or patterns matched against the -o value
        String id = wantedId();
        for (Path skipped : List.of(cc(Map.of(), "skip1.o", "-Wa,--previrt-skip"),
                cc(Map.of(), "boot-skip2.o", "-Wa,--previrt-skip=*.x */boot-*.o"))) {
            assertEquals(0, SectionSizes.of(skipped, ".afterburn"), skipped + " must have no site");
            assertEquals(id + "00000200", record(skipped), "generation record marked skipped in " + skipped);
        }
        assertEquals(GuestCode.SITES * 8, SectionSizes.of(cc(Map.of(), "kept.o", "-Wa,--previrt-skip=*/boot-*.o"), ".afterburn"));

        Exec.Result bad = run(Map.of(), "gcc", "-m32", "-B" + bin + "/", "-Wa,--previrt-pack=fancy", "-c", guest.toString(),
                "-o", tmp.resolve("bad.o").toString());
        assertTrue(bad.exit() != 0 && bad.err().contains("--previrt-pack must be afterburn or typed, not 'fancy'"), bad.all());
        Exec.Result unknown = run(Map.of(), "gcc", "-m32", "-B" + bin + "/", "-Wa,--previrt-typo", "-c", guest.toString(),
                "-o", tmp.resolve("bad.o").toString());
        assertTrue(unknown.exit() != 0 && unknown.err().contains("unknown option '--previrt-typo'"), unknown.all());
        assertFalse(Files.exists(tmp.resolve("bad.o")));
    }

    @Test
    void withoutTheWrapperTheOptionsFailLoudly() throws Exception {
        for (String opt : List.of("-Wa,--previrt-pack=typed", "-Wa,--previrt-nop1", "-Wa,--previrt-skip")) {
            // -B to a folder that does not exist: gcc silently runs its own as, which must refuse the option
            Exec.Result r = run(Map.of(), "gcc", "-m32", "-B" + tmp.resolve("no-such-dir") + "/", opt, "-c",
                    guest.toString(), "-o", tmp.resolve("x.o").toString());
            assertTrue(r.exit() != 0, opt + " " + r.all());
            assertTrue(r.err().contains("unrecognized option"), r.err());
        }
    }

    @Test
    void everyObjectCarriesTheGenerationRecordAndSitesPrintsIt() throws Exception {
        String id = wantedId();
        assertEquals(id + "00000000", record(cc(Map.of(), "a.o")));
        assertEquals(id + "01000100", record(cc(Map.of(), "t.o", "-Wa,--previrt-pack=typed,--previrt-nop1")));
        // no site at all: the record is there too
        Path empty = tmp.resolve("empty.c");
        Files.writeString(empty, "int data = 1;\nint f(int x) { return x + 1; }\n");
        Path eo = tmp.resolve("empty.o");
        assertEquals(0, run(Map.of(), "gcc", "-m32", "-B" + bin + "/", "-c", empty.toString(), "-o", eo.toString()).exit());
        assertEquals(0, SectionSizes.of(eo, ".afterburn"));
        assertEquals(id + "00000000", record(eo));
        // the packs directly, and in a .S through .include, carry the same id
        Path s = tmp.resolve("x.s");
        Files.writeString(s, ".text\nnop\n");
        assertEquals(0, run(Map.of(), "as", "--32", bin.resolve("../previrt-typed.inc").toString(), s.toString(), "-o",
                tmp.resolve("x.o").toString()).exit());
        assertEquals(id + "01000000", record(tmp.resolve("x.o")));

        Cli sites = Cli.run("sites", tmp.resolve("t.o").toString(), eo.toString(),
                tmp.resolve("x.o").toString());
        assertEquals(0, sites.exit(), sites.err());
        assertTrue(sites.out().contains(tmp.resolve("t.o") + ": generation " + id + " typed, nop1"), sites.out());
        assertTrue(sites.out().contains(eo + ": generation " + id + " afterburn"), sites.out());
        Path plain = tmp.resolve("plain.o");
        assertEquals(0, run(Map.of(), "gcc", "-m32", "-c", empty.toString(), "-o", plain.toString()).exit());
        Cli none = Cli.run("sites", plain.toString());
        assertTrue(none.out().contains(plain + ": no generation record"), none.out());
    }

    private Exec.Result ld(Map<String, String> env, String... args) throws Exception {
        // the guest calls functions defined nowhere: the check, not symbol resolution, is under test
        List<String> argv = new ArrayList<>(List.of(bin.resolve("ld").toString(), "-m", "elf_i386",
                "--unresolved-symbols=ignore-all", "-z", "muldefs"));
        argv.addAll(List.of(args));
        return Exec.run(tmp, env, null, argv);
    }

    @Test
    void linkRefusesPlainAndStaleObjectsByNameAndAcceptsSkippedAndListedOnes() throws Exception {
        Path good = cc(Map.of(), "good.o");
        Path skipped = cc(Map.of(), "skipped.o", "-Wa,--previrt-skip");
        Path plain = tmp.resolve("plain.o");
        assertEquals(0, run(Map.of(), "gcc", "-m32", "-O2", "-B" + tmp.resolve("missing") + "/", "-c", guest.toString(),
                "-o", plain.toString()).exit(), "-B to a missing folder is silent in gcc");
        // an older pack: the same pack with another id
        Path oldPack = tmp.resolve("old.inc");
        String pack = Files.readString(bin.resolve("../previrt.inc"));
        String id = wantedId();
        String lo = "0x" + id.substring(6, 8) + id.substring(4, 6) + id.substring(2, 4) + id.substring(0, 2);
        assertTrue(pack.contains(".long " + lo + "\n"), "the pack holds the id " + lo);
        Files.writeString(oldPack, pack.replace(".long " + lo + "\n", ".long 0x12345678\n"));
        Path stale = tmp.resolve("stale.o");
        assertEquals(0, run(Map.of(), "gcc", "-m32", "-O2", "-c", guest.toString(), "-Wa," + oldPack, "-o",
                stale.toString()).exit());
        // a data-only object needs no record
        Path data = tmp.resolve("data.o");
        Path ds = tmp.resolve("data.s");
        Files.writeString(ds, ".data\n.long 1\n");
        assertEquals(0, run(Map.of(), "as", "--32", ds.toString(), "-o", data.toString()).exit());

        Path out = tmp.resolve("k.elf");
        Exec.Result ok = ld(Map.of(), "-T", script.toString(), "-o", out.toString(), good.toString(), skipped.toString(),
                data.toString());
        assertEquals(0, ok.exit(), ok.all());

        // an archive (thin, as Linux's built-in.a) hides the plain object as a member
        Path thin = tmp.resolve("built-in.a");
        assertEquals(0, run(Map.of(), "ar", "rcT", thin.toString(), plain.toString(), data.toString()).exit());
        Path bad = tmp.resolve("bad.elf");
        Exec.Result r = ld(Map.of(), "-T", script.toString(), "-o", bad.toString(), good.toString(), stale.toString(),
                thin.toString());
        assertEquals(2, r.exit(), r.all());
        assertTrue(r.err().contains(stale + ": assembled by another previrt generation (785634"), r.err());
        assertTrue(r.err().contains("rebuild it, or clear ccache"), r.err());
        assertTrue(r.err().contains(thin + "[" + plain + "]: code without a previrt generation record: assembled without"
                + " the previrt as wrapper"), r.err());
        assertTrue(r.err().contains("2 input object(s)"), r.err());
        assertFalse(r.err().contains(good.toString() + ":"), "the good object is not named: " + r.err());
        assertFalse(Files.exists(bad), "nothing linked");

        // partial links are checked too (Linux's vmlinux.o), and keep the records for the final link
        Path partial = tmp.resolve("vmlinux.o");
        assertEquals(2, ld(Map.of(), "-r", "-o", partial.toString(), good.toString(), plain.toString()).exit());
        assertEquals(0, ld(Map.of(), "-r", "-o", partial.toString(), good.toString(), skipped.toString()).exit());
        Exec.Result fin = ld(Map.of(), "-T", script.toString(), "-o", out.toString(), partial.toString());
        assertEquals(0, fin.exit(), fin.all());

        // PREVIRT_PLAIN: globs of objects that may stay plain (a member matches by its own name too)
        Exec.Result listed = ld(Map.of("PREVIRT_PLAIN", "*/stale.o " + plain), "-T", script.toString(), "-o",
                out.toString(), good.toString(), stale.toString(), thin.toString());
        assertEquals(0, listed.exit(), listed.all());

        // links without a script (gcc's own through collect2) are not checked
        Path main = tmp.resolve("main.c");
        Files.writeString(main, "int main(void) { return 0; }\n");
        Exec.Result host = run(Map.of(), "gcc", "-m32", "-B" + bin + "/", main.toString(), "-o", tmp.resolve("main").toString());
        assertEquals(0, host.exit(), host.all());
    }
}
