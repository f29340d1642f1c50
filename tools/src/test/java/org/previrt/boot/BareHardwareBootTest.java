package org.previrt.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.TestRoot;

/**
 * The boot-test kernel built from the same sources with stock as, with the macro pack and (when one is
 * named) with a patched as -mprevirt boots in QEMU with the same transcript and exit status: on bare
 * hardware the sites are just the original instructions and NOPs. So does the pack kernel loaded by the
 * monitor with rewriting turned off.
 */
@Tag("qemu")
class BareHardwareBootTest {
    @TempDir
    static Path dir;
    static Path packKernel;

    @BeforeAll
    static void buildPackKernel() throws Exception {
        assumeTrue(Qemu.available(), Qemu.BINARY + " is not installed");
        packKernel = KernelBuild.build(dir.resolve("pack"), KernelBuild.Assembler.PACK);
    }

    /** Boots the kernel with no monitor; checks the exit status and that the serial output is the kernel's lines. */
    private static int bootsCleanly(Path kernel) throws Exception {
        Qemu.Boot boot = Qemu.boot(kernel);
        assertEquals(Transcript.EXIT_OK, boot.exit(), "exit status; serial:\n" + boot.serial() + boot.stderr());
        assertEquals(Transcript.expectedKernelLines(), boot.serial());
        assertTrue(boot.millis() < 10_000, "boot took " + boot.millis() + " ms");
        return TrapRewrite.sites(kernel).size();
    }

    @Test
    void stockKernelHasNoSitesAndPrintsTheTranscript() throws Exception {
        Path kernel = KernelBuild.build(dir.resolve("stock"), KernelBuild.Assembler.STOCK);
        assertEquals(0, bootsCleanly(kernel));
    }

    @Test
    void packKernelHasSitesAndPrintsTheSameTranscript() throws Exception {
        assertTrue(bootsCleanly(packKernel) > 0);
    }

    /** Through the monitor with monitor.rewrite=none: every record read and checked, none rewritten, none taken. */
    @Test
    void packKernelThroughTheMonitorWithoutRewritingPrintsTheSameTranscript() throws Exception {
        Path monitor = Monitor.build(dir);
        Qemu.Boot boot = Qemu.boot(monitor, List.of(packKernel), "monitor.rewrite=none");
        assertEquals(Transcript.EXIT_OK, boot.exit(), "exit status; serial:\n" + boot.serial() + boot.stderr());
        // the report comes before the kernel runs: nothing is rewritten, so nothing would reach the monitor later
        String report = boot.serial().substring(0, boot.serial().indexOf('\n') + 1);
        Transcript t = Transcript.parse(report);
        assertEquals(Transcript.expectedKernelLines(), boot.serial().substring(report.length()));
        int records = TrapRewrite.sites(packKernel).size();
        assertEquals(records, t.records(), "records the monitor read vs .afterburn");
        assertEquals(0, t.rewritten());
        assertEquals(records, t.skipped());
        assertEquals(0, t.traps());
    }

    @Test
    void patchedAssemblerKernelPrintsTheSameTranscript() throws Exception {
        assumeTrue(KernelBuild.patchedAs() != null,
                "no patched as named (system property previrt.patchedAs or PREVIRT_PATCHED_AS)");
        Path kernel = KernelBuild.build(dir.resolve("patched"), KernelBuild.Assembler.PATCHED);
        assertTrue(bootsCleanly(kernel) > 0);
    }

    /** Kinds of the sites the kernel is written to contain; each of them runs on every boot. */
    private static final Set<String> INTENDED = Set.of("CLI", "STI", "PUSHF", "POPF", "IN_IMM_B", "IN_DX_B",
            "OUT_IMM_B", "OUT_DX_B", "MOV_FROM_CREG", "CPUID", "RDTSC", "LGDT", "LIDT", "LJMP_PTR", "MOV_TO_SREG", "MOV_TO_SS",
            "MOV_FROM_SREG", "PUSH_CS", "PUSH_DS", "PUSH_FS", "POP_ES", "INT", "IRET");

    @Test
    void packKernelHasASiteOfEveryIntendedKindAndNoOther() throws Exception {
        Path kernel = packKernel;
        Map<Integer, String> names = new TreeMap<>();
        Matcher m = Pattern.compile("#define PREVIRT_KIND_(\\w+)\\s+(0x[0-9a-f]+)")
                .matcher(Files.readString(TestRoot.real().resolve("generated/x86-32/previrt-sites.h")));
        while (m.find()) {
            names.put(Integer.decode(m.group(2)), m.group(1));
        }
        ByteBuffer typed = ByteBuffer.wrap(KernelBuild.section(kernel, ".afterburn.typed")).order(ByteOrder.LITTLE_ENDIAN);
        Set<String> kinds = new TreeSet<>();
        int records = 0;
        for (; typed.remaining() >= 12; records++) {
            kinds.add(names.getOrDefault(Short.toUnsignedInt(typed.getShort(typed.position() + 8)), "?"));
            typed.position(typed.position() + 12);
        }
        assertEquals(new TreeSet<>(INTENDED), kinds);
        assertEquals(TrapRewrite.sites(kernel).size(), records, ".afterburn and .afterburn.typed disagree");
    }
}
