package org.previrt.binutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.previrt.TestRoot;
import org.previrt.render.PatchRenderer;
import org.previrt.binutils.tool.BinutilsException;
import org.previrt.binutils.tool.Tools;

/** binutils' own testsuite runs the golden vectors the patch adds: make check-gas RUNTESTFLAGS=i386.exp=previrt-*. */
@Tag("binutils")
class GasTestsuiteTest {
    @Test
    void checkGasRunsTheGoldenVectors() throws Exception {
        SharedBuild.Built b = SharedBuild.get();
        StringBuilder log = new StringBuilder();
        try {
            String flags = String.join(" ", Stream.concat(Stream.of("i386.exp=previrt-*"),
                    SharedBuild.SYSTEM_TOOLS.stream()).toList());
            Tools.run(List.of("make", "check-gas", "RUNTESTFLAGS=" + flags), b.build(),
                    l -> log.append(l).append('\n'));
        } catch (BinutilsException e) {
            // make fails on unexpected failures; the summary below names them
            log.append(e.getMessage());
        }
        List<String> sum = Files.readAllLines(b.build().resolve("gas/testsuite/gas.sum"));
        List<String> previrt = sum.stream().filter(l -> l.matches("[A-Z]+: previrt .*")).toList();
        long dumps;
        try (Stream<Path> s = Files.list(TestRoot.real().resolve("test-vectors"))) {
            dumps = s.filter(p -> p.toString().endsWith(".d")).count();
        }
        int xfail = PatchRenderer.deviations(TestRoot.real()).size();
        long pass = previrt.stream().filter(l -> l.startsWith("PASS: ")).count();
        long xfails = previrt.stream().filter(l -> l.startsWith("XFAIL: ")).count();
        String failures = String.join("\n", previrt.stream().filter(l -> !l.startsWith("PASS: ")
                && !l.startsWith("XFAIL: ")).toList());
        System.out.printf("make check-gas i386.exp=previrt-*: %d PASS, %d XFAIL (known pack deviations)%n", pass,
                xfails);
        assertTrue(failures.isEmpty(), failures);
        assertEquals(dumps - xfail, pass, String.join("\n", previrt));
        assertEquals(xfail, xfails);
        assertFalse(sum.stream().anyMatch(l -> l.startsWith("# of unexpected")), String.join("\n", sum));
    }
}
