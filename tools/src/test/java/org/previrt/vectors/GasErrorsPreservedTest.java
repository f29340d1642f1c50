package org.previrt.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.previrt.TestRoot;
import org.previrt.util.ProcessRunner;

/** What stock gas rejects or warns about, gas still rejects with the pack, with the same message. */
class GasErrorsPreservedTest {
    private static final Path PACK = TestRoot.real().resolve("generated/x86-32/previrt.inc");

    @TempDir
    Path dir;

    private String diagnostics(Path source, boolean withPack, int[] exit) throws Exception {
        List<String> argv = withPack
                ? List.of("as", "--32", PACK.toString(), source.toString(), "-o", dir.resolve("p.o").toString())
                : List.of("as", "--32", source.toString(), "-o", dir.resolve("s.o").toString());
        ProcessRunner.Result r = ProcessRunner.run(argv);
        exit[0] = r.exit();
        // keep the message, drop "file:line:" which names the pack line inside a macro
        return r.err().lines().filter(l -> l.contains("Error:") || l.contains("Warning:"))
                .map(l -> l.replaceAll("^.*?(Error|Warning):", "$1:")).collect(Collectors.joining("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli %eax", "lock cli", "movl %ds,(%eax)", "lgdt %eax", "mov %cr3,%ax",
        "pushl %cr0", "ljmp *%eax", "inb $0x60, %ax", "lret $1, $2", "movl (%eax),%ds", "outb %al, $0x123",
        "in $0x60", "sysexitl", "int $0x100"})
    void sameDiagnosticAsStockGas(String line) throws Exception {
        Path s = dir.resolve("e.s");
        Files.writeString(s, line + "\n");
        int[] stockExit = new int[1];
        int[] packExit = new int[1];
        String stock = diagnostics(s, false, stockExit);
        String pack = diagnostics(s, true, packExit);
        assertNotEquals("", stock, "the case must provoke a diagnostic from stock gas");
        assertEquals(stock, pack);
        assertEquals(stockExit[0], packExit[0]);
    }
}
