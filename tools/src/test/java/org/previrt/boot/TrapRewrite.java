package org.previrt.boot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's own trap rewrite, independent of {@code tools/previrt rewrite}: each site recorded in
 * .afterburn becomes int3 (0xcc) followed by NOPs (0x90) up to the site's end. Records are read with
 * objcopy, their addresses mapped to file offsets with the section headers readelf prints.
 */
final class TrapRewrite {
    static final byte INT3 = (byte) 0xcc;
    static final byte NOP = (byte) 0x90;

    /** A linked record: [start, end) addresses. */
    record Site(long start, long end) {
    }

    private TrapRewrite() {
    }

    static List<Site> sites(Path elf) throws IOException, InterruptedException {
        ByteBuffer b = ByteBuffer.wrap(KernelBuild.section(elf, ".afterburn")).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() % 8 != 0) {
            throw new AssertionError(elf + ": .afterburn is " + b.remaining() + " bytes, not whole records");
        }
        List<Site> out = new ArrayList<>();
        while (b.hasRemaining()) {
            out.add(new Site(Integer.toUnsignedLong(b.getInt()), Integer.toUnsignedLong(b.getInt())));
        }
        return out;
    }

    /** Writes {@code out}; returns the number of sites rewritten. */
    static int rewrite(Path in, Path out) throws IOException, InterruptedException {
        List<ElfSection> sections = ElfSection.read(in);
        byte[] file = Files.readAllBytes(in);
        List<Site> sites = sites(in);
        for (Site s : sites) {
            ElfSection sec = ElfSection.containing(sections, s.start())
                    .orElseThrow(() -> new AssertionError(String.format("site 0x%x is in no allocated section", s.start())));
            if (s.end() <= s.start() || s.end() > sec.addr() + sec.size()) {
                throw new AssertionError(String.format("site 0x%x..0x%x does not fit %s", s.start(), s.end(), sec.name()));
            }
            int at = (int) (sec.offset() + s.start() - sec.addr());
            file[at] = INT3;
            for (int k = 1; k < s.end() - s.start(); k++) {
                file[at + k] = NOP;
            }
        }
        Files.write(out, file);
        return sites.size();
    }
}
