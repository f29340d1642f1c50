package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;
import org.previrt.cli.Main;

/**
 * The monitor's record reader and site rewriter (tools/monitor/sites.c), compiled for the host with gcc
 * and driven through src/test/resources/monitor/sites-driver.c: on a real pack-built kernel it must find
 * the sites {@code tools/previrt sites} finds (address, length, kind, instruction offset, file offset),
 * rewrite exactly as {@code tools/previrt rewrite --mode trap}, and stop on bad input naming the record.
 */
class SitesReaderTest {
    @TempDir
    static Path dir;
    static SitesDriver driver;
    static Path kernel;

    @BeforeAll
    static void build() throws Exception {
        driver = SitesDriver.build(dir);
        kernel = KernelBuild.build(dir.resolve("pack"), KernelBuild.Assembler.PACK);
    }

    static SitesDriver.Run drive(Path... args) throws Exception {
        return driver.run(args);
    }

    /** "ADDRESS LENGTH KIND INSN_OFF FILE_OFF" per site from {@code tools/previrt sites --json}, sorted by address. */
    static List<String> sitesCommand(Path elf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = Main.run(new String[] {"sites", "--json", elf.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), TestRoot.real());
        assertEquals(0, exit);
        Matcher m = Pattern.compile("\"address\": (\\d+), \"fileOffset\": (\\d+), \"length\": (\\d+), .*?\"form\": \"([^\"]+)\", "
                + ".*?\"insnOffset\": (\\d+)").matcher(out.toString(StandardCharsets.UTF_8));
        List<long[]> rows = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        while (m.find()) {
            rows.add(new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(3)), Long.parseLong(m.group(5)),
                    Long.parseLong(m.group(2)), forms.size()});
            forms.add(m.group(4).toUpperCase().replace('-', '_'));
        }
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        List<String> lines = new ArrayList<>();
        for (long[] r : rows) {
            lines.add(r[0] + " " + r[1] + " " + forms.get((int) r[4]) + " " + r[2] + " " + r[3]);
        }
        return lines;
    }

    /** The driver's lines without the USE column. */
    static List<String> readerSites(SitesDriver.Run r) {
        assertEquals(0, r.exit(), r.out());
        return Arrays.stream(r.out().split("\n")).map(l -> l.substring(0, l.lastIndexOf(' '))).toList();
    }

    @Test
    void readsTheSitesTheSitesCommandReads() throws Exception {
        List<String> expected = sitesCommand(kernel);
        assertTrue(expected.size() > 30, expected.toString());
        assertEquals(expected, readerSites(drive(kernel)));
    }

    @Test
    void rewritesAsTheRewriteCommandDoes() throws Exception {
        Path ours = dir.resolve("by-monitor-reader.elf");
        assertEquals(0, drive(kernel, ours).exit());
        Path theirs = dir.resolve("by-command.elf");
        int exit = Main.run(new String[] {"rewrite", kernel.toString(), theirs.toString(), "--mode", "trap"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), TestRoot.real());
        assertEquals(0, exit);
        assertArrayEquals(Files.readAllBytes(theirs), Files.readAllBytes(ours));
    }

    /** Symbol addresses of an ELF file, by name (nm). */
    static java.util.Map<String, Long> symbols(Path elf) throws Exception {
        java.util.Map<String, Long> m = new java.util.TreeMap<>();
        for (String l : Exec.run(dir, List.of("nm", elf.toString())).split("\n")) {
            String[] f = l.trim().split("\\s+");
            if (f.length == 3) {
                m.put(f[2], Long.parseLong(f[0], 16));
            }
        }
        return m;
    }

    @Test
    void mapsAlternativeReplacementSitesToTheirCopies() throws Exception {
        Path src = Path.of(SitesReaderTest.class.getResource("/monitor/alternatives.s").toURI());
        Path obj = dir.resolve("alternatives.o");
        Path elf = dir.resolve("alternatives.elf");
        Exec.run(dir, List.of("as", "--32", "-I", TestRoot.real().resolve("generated/x86-32").toString(), src.toString(),
                "-o", obj.toString()));
        Exec.run(dir, List.of("ld", "-m", "elf_i386", "-Ttext=0xc1000000", obj.toString(), "-o", elf.toString()));
        java.util.Map<String, Long> sym = symbols(elf);
        SitesDriver.Run r = drive(elf);
        assertEquals(0, r.exit(), r.out());
        List<String> copies = Arrays.stream(r.out().split("\n")).filter(l -> l.startsWith("copy ")).toList();
        long aOffset = sym.get("repl_a_site") - sym.get("repl_a");
        assertEquals(3, aOffset, "lfence is 3 bytes");
        // "copy AT SITE APPLIED UNAPPLIED": found once Linux has copied, not on the image as loaded, also
        // where the copy's site starts at the original's site (same address, other instruction)
        assertEquals(List.of("copy " + (sym.get("old_a") + aOffset) + " " + sym.get("repl_a_site") + " 1 0",
                "copy " + sym.get("old_b") + " " + sym.get("repl_b_site") + " 1 0"), copies);
        assertTrue(r.out().contains(sym.get("old_b") + " 10 RDTSC 0 "), r.out());
    }

    @Test
    void replacementSiteOfNoAlternativeIsNamed() throws Exception {
        Path src = dir.resolve("orphan.s");
        Files.writeString(src, "\t.include \"previrt.inc\"\n\t.text\n_start:\tret\n"
                + "\t.section .altinstr_replacement,\"ax\"\n\tcli\n\t.section .altinstructions,\"a\"\n");
        Path obj = dir.resolve("orphan.o");
        Path elf = dir.resolve("orphan.elf");
        Exec.run(dir, List.of("as", "--32", "-I", TestRoot.real().resolve("generated/x86-32").toString(), src.toString(),
                "-o", obj.toString()));
        Exec.run(dir, List.of("ld", "-m", "elf_i386", "-e", "0", "-Ttext=0xc1000000", obj.toString(), "-o", elf.toString()));
        SitesDriver.Run r = drive(elf);
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().startsWith("error: record 0 (0x"), r.out());
        assertTrue(r.out().endsWith(": record in .altinstr_replacement belongs to no .altinstructions entry\n"), r.out());
    }

    @Test
    void truncatedModuleIsNamed() throws Exception {
        byte[] k = Files.readAllBytes(kernel);
        Path cut = dir.resolve("truncated.elf");
        Files.write(cut, Arrays.copyOf(k, 200));
        SitesDriver.Run r = drive(cut);
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("error: guest module is truncated"), r.out());
    }

    @Test
    void kernelWithoutRecordsIsNamed() throws Exception {
        Path stock = KernelBuild.build(dir.resolve("stock"), KernelBuild.Assembler.STOCK);
        SitesDriver.Run r = drive(stock);
        assertEquals(1, r.exit());
        assertEquals("error: guest has no .afterburn section: it was not built with previrt (0x00000000)\n", r.out());
    }

    @Test
    void unknownKindIsNamedWithItsRecord() throws Exception {
        byte[] k = Files.readAllBytes(kernel);
        ElfSection typed = ElfSection.read(kernel).stream().filter(s -> s.name().equals(".afterburn.typed")).findFirst()
                .orElseThrow();
        ByteBuffer b = ByteBuffer.wrap(k).order(ByteOrder.LITTLE_ENDIAN);
        int rec = (int) typed.offset() + 12 * 5;
        b.putShort(rec + 8, (short) 0x7777);
        Path bad = dir.resolve("unknown-kind.elf");
        Files.write(bad, k);
        SitesDriver.Run r = drive(bad);
        assertEquals(1, r.exit());
        assertEquals(String.format("error: record 5 (0x%08x): typed record has a kind the specs do not define%n", b.getInt(rec)),
                r.out());
    }

    @Test
    void overlappingRecordsAreNamed() throws Exception {
        byte[] k = Files.readAllBytes(kernel);
        List<TrapRewrite.Site> s = TrapRewrite.sites(kernel);
        // a second plain and typed record for the first site: valid alone, overlapping together
        ElfSection plain = ElfSection.read(kernel).stream().filter(x -> x.name().equals(".afterburn")).findFirst().orElseThrow();
        ElfSection typed = ElfSection.read(kernel).stream().filter(x -> x.name().equals(".afterburn.typed")).findFirst()
                .orElseThrow();
        System.arraycopy(k, (int) plain.offset(), k, (int) plain.offset() + 8, 8);
        System.arraycopy(k, (int) typed.offset(), k, (int) typed.offset() + 12, 12);
        Path bad = dir.resolve("overlap.elf");
        Files.write(bad, k);
        SitesDriver.Run r = drive(bad);
        assertEquals(1, r.exit());
        assertEquals(String.format("error: records overlap (0x%08x)%n", s.get(0).start()), r.out());
    }
}
