package org.previrt.boot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A boot's serial output through the in-place monitor, split into the kernel's lines, which must not
 * depend on how the kernel was built or rewritten, and the monitor's closing report line (tools/monitor):
 * "monitor: R records, W rewritten (B by call), S skipped, D sites taken (C copied), T traps (KIND N, ...),
 * F forwarded".
 */
record Transcript(String kernel, int records, int rewritten, int byCall, int skipped, int sitesTaken, int copiedTaken,
        int traps, String topKinds, int forwarded) {
    private static final Pattern MONITOR = Pattern.compile("monitor: (\\d+) records, (\\d+) rewritten \\((\\d+) by call\\), (\\d+) skipped, "
            + "(\\d+) sites taken \\((\\d+) copied\\), (\\d+) traps \\(([^)]*)\\), (\\d+) forwarded\n\\z");

    /** QEMU's exit status for the kernel's isa-debug-exit write of 0x10 (EXIT_OK in kernel.c). */
    static final int EXIT_OK = 0x10 << 1 | 1;
    /** QEMU's exit status when the monitor stops the boot (monitor.c die()). */
    static final int EXIT_MONITOR_STOPPED = 0x7f << 1 | 1;

    /** The kernel's lines every boot must print: kernel/transcript.txt. */
    static String expectedKernelLines() throws IOException {
        try (InputStream in = Transcript.class.getResourceAsStream("/kernel/transcript.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    static Transcript parse(String serial) {
        Matcher m = MONITOR.matcher(serial);
        if (!m.find()) {
            throw new AssertionError("no monitor line at the end of the serial output:\n" + serial);
        }
        return new Transcript(serial.substring(0, m.start()), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), m.group(8), Integer.parseInt(m.group(9)));
    }
}
