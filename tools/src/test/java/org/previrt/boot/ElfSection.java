package org.previrt.boot;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The section headers of an ELF file as {@code readelf -S -W} prints them. */
record ElfSection(String name, long addr, long offset, long size, boolean allocated) {

    static List<ElfSection> read(Path elf) throws IOException, InterruptedException {
        List<ElfSection> out = new ArrayList<>();
        for (String line : Exec.run(elf.toAbsolutePath().getParent(),
                List.of("readelf", "-S", "-W", elf.toString())).split("\n")) {
            int bracket = line.indexOf(']');
            if (!line.trim().startsWith("[") || bracket < 0 || line.contains("Nr]")) {
                continue;
            }
            // [Nr] Name Type Address Off Size ES Flg Lk Inf Al; Flg is empty for non-allocated sections
            String[] w = line.substring(bracket + 1).trim().split("\\s+");
            if (w.length < 9 || w[1].equals("NULL")) {
                continue;
            }
            boolean flagsPresent = w.length == 10;
            out.add(new ElfSection(w[0], Long.parseLong(w[2], 16), Long.parseLong(w[3], 16),
                    Long.parseLong(w[4], 16), flagsPresent && w[6].contains("A")));
        }
        return out;
    }

    /** The allocated section whose addresses contain {@code address}. */
    static Optional<ElfSection> containing(List<ElfSection> sections, long address) {
        return sections.stream()
                .filter(s -> s.allocated && address >= s.addr && address < s.addr + s.size)
                .findFirst();
    }
}
