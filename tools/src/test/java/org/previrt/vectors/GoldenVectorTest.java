package org.previrt.vectors;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.previrt.TestRoot;
import org.previrt.spec.model.Form;
import org.previrt.spec.model.NopTable;
import org.previrt.spec.Specs;

/** One dynamic test per golden vector and per source's stock-bytes check, against real binutils. */
class GoldenVectorTest {
    private static VectorSuite suite;

    @BeforeAll
    static void open() throws Exception {
        suite = new VectorSuite(TestRoot.real());
    }

    @AfterAll
    static void close() throws Exception {
        suite.close();
    }

    @TestFactory
    List<DynamicTest> goldens() throws Exception {
        List<DynamicTest> out = new ArrayList<>();
        for (DumpSpec s : suite.specs()) {
            out.add(DynamicTest.dynamicTest(s.name(), () -> {
                VectorSuite.Outcome o = suite.check(s);
                assertTrue(o.passed(), o.message());
            }));
        }
        return out;
    }

    @TestFactory
    List<DynamicTest> sitesStartWithStockBytes() throws Exception {
        List<DynamicTest> out = new ArrayList<>();
        for (Path src : suite.sources()) {
            out.add(DynamicTest.dynamicTest(src.getFileName().toString(), () -> {
                VectorSuite.Outcome o = suite.stockCheck(src);
                assertTrue(o.passed(), o.message());
            }));
        }
        return out;
    }

    @Test
    void everyFormOfTheSpecsHasASiteInTheVectors() throws Exception {
        Set<Integer> seen = new TreeSet<>();
        for (Path src : suite.sources()) {
            for (SiteRecord r : SiteRecord.read(suite.assemble(src, "previrt-typed.inc", "--32"), ".text", org.previrt.spec.Specs.load(TestRoot.real()).records().typed())) {
                seen.add(r.kind());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Form f : Specs.load(TestRoot.real()).sitesOnly().forms()) {
            if (!seen.contains(f.kind())) {
                missing.add(f.name());
            }
        }
        assertTrue(missing.isEmpty(), "forms without a site in test-vectors/: " + missing);
    }

    /**
     * In a family vector every instruction line is sensitive, so each must become exactly one site:
     * this catches an instruction the pack lets through, which the stock-bytes check cannot see.
     */
    @TestFactory
    List<DynamicTest> everyInstructionOfAFamilyVectorIsASite() throws Exception {
        Set<String> families = new TreeSet<>();
        Set<String> notSites = new TreeSet<>();
        for (org.previrt.spec.model.Family f : Specs.load(TestRoot.real()).families()) {
            families.add(f.name());
            f.forms().stream().filter(x -> !x.isSite()).forEach(x -> notSites.addAll(x.spellings()));
        }
        List<DynamicTest> out = new ArrayList<>();
        for (Path src : suite.sources()) {
            String name = src.getFileName().toString().replaceAll("\\.s$", "");
            if (!families.contains(name)) {
                continue;
            }
            out.add(DynamicTest.dynamicTest(name, () -> {
                long instructions = java.nio.file.Files.readAllLines(src).stream()
                        .map(String::trim)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("."))
                        .filter(l -> !notSites.contains(l.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT)))
                        .count();
                int sites = SiteRecord.read(suite.assemble(src, "previrt-typed.inc", "--32"), ".text", org.previrt.spec.Specs.load(TestRoot.real()).records().typed()).size();
                org.junit.jupiter.api.Assertions.assertEquals(instructions, sites, src + ": instruction lines vs sites");
            }));
        }
        return out;
    }

    @Test
    void matcherFollowsTheGasRules() {
        assertNull(RegexpDiff.compare(List.of("a+", "#...", "z"), List.of("aaa", "x", "y", "z")));
        assertNull(RegexpDiff.compare(List.of("a", "#?b", "c"), List.of("a", "c")));
        assertNull(RegexpDiff.compare(List.of("a", "#pass", "never"), List.of("a", "whatever")));
        assertNotNull(RegexpDiff.compare(List.of("a", "b"), List.of("a", "c")));
        assertNotNull(RegexpDiff.compare(List.of("a"), List.of("a", "extra")));
        assertTrue(RegexpDiff.compare(List.of("a", "b"), List.of("a", "c")).contains("+ c"));
        assertNull(RegexpDiff.compare(List.of(RegexpDiff.quote("lea 0x0(%esi,%eiz,1),%esi")),
                List.of("lea 0x0(%esi,%eiz,1),%esi")));
    }

    @Test
    void aChangedByteFailsTheSiteCheck() throws Exception {
        byte[] stock = {(byte) 0x90, (byte) 0xfa, (byte) 0x90};
        NopTable nops = Specs.load(TestRoot.real()).nops();
        byte[] pack = {(byte) 0x90, (byte) 0xfa, 0x0f, 0x1f, 0x00, (byte) 0x90};
        List<SiteRecord> sites = List.of(new SiteRecord(1, 5, 0x0101, 1, 0));
        assertNull(SiteRecord.compare(stock, pack, sites, nops));
        pack[1] = (byte) 0xfb;
        assertNotNull(SiteRecord.compare(stock, pack, sites, nops));
        pack[1] = (byte) 0xfa;
        pack[4] = (byte) 0x01;
        assertNotNull(SiteRecord.compare(stock, pack, sites, nops));
        pack[4] = 0x00;
        pack[2] = (byte) 0x8d; // 8d 76 00: a lea that is a NOP only in 32-bit code
        pack[3] = 0x76;
        assertNotNull(SiteRecord.compare(stock, pack, sites, nops));
        // three one-byte NOPs run three instructions: not the table's padding
        byte[] slow = {(byte) 0x90, (byte) 0xfa, (byte) 0x90, (byte) 0x90, (byte) 0x90, (byte) 0x90};
        assertNotNull(SiteRecord.compare(stock, slow, sites, nops));
        // a shadow site: padding first, the instruction last
        byte[] sti = {(byte) 0x90, (byte) 0xfb, (byte) 0x90};
        byte[] shadow = {(byte) 0x90, 0x0f, 0x1f, 0x00, (byte) 0xfb, (byte) 0x90};
        assertNull(SiteRecord.compare(sti, shadow, List.of(new SiteRecord(1, 5, 0x0102, 1, 3)), nops));
        assertNotNull(SiteRecord.compare(sti, shadow, List.of(new SiteRecord(1, 5, 0x0102, 1, 0)), nops));
    }
}
