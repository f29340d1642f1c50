package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfSection;

/** The {@code {start, end}} records of a linked file's {@code .afterburn}, sorted by start. */
final class SiteRecords {
    record Range(long start, long end) {
        boolean covers(long from, long to) {
            return start <= from && to <= end;
        }
    }

    private final List<Range> ranges;

    private SiteRecords(List<Range> ranges) {
        this.ranges = ranges;
    }

    static SiteRecords read(Path elf) throws IOException, org.previrt.util.PrevirtException {
        ElfFile f = ElfFile.read(elf);
        Optional<ElfSection> s = f.section(".afterburn");
        List<Range> out = new ArrayList<>();
        if (s.isPresent()) {
            if (s.get().allocated() || s.get().size() % 8 != 0) {
                throw new ElfFormatException(elf + ": .afterburn must be non-allocated with 8-byte records");
            }
            for (long at = 0; at < s.get().size(); at += 8) {
                long off = s.get().offset() + at;
                out.add(new Range(f.u32(off), f.u32(off + 4)));
            }
        }
        out.sort(java.util.Comparator.comparingLong(Range::start));
        return new SiteRecords(List.copyOf(out));
    }

    List<Range> ranges() {
        return ranges;
    }

    /** The record whose range holds the bytes [from, to), if any. */
    Optional<Range> covering(long from, long to) {
        int lo = 0;
        int hi = ranges.size() - 1;
        int best = -1;
        while (lo <= hi) { // last record starting at or before from
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid).start() <= from) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        for (int i = best; i >= 0 && i > best - 4; i--) {
            if (ranges.get(i).covers(from, to)) {
                return Optional.of(ranges.get(i));
            }
        }
        return Optional.empty();
    }
}
