package org.previrt.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfSection;
import org.previrt.elf.ElfSymbol;

/**
 * The {@code __SCT__*} static-call trampolines of a vmlinux (arch/x86/include/asm/static_call.h: 8 bytes,
 * {@code jmp.d32 func} or {@code ret; int3; nop; nop; nop}, then the signature {@code 0f b9 cc} that
 * {@code __static_call_validate()} checks), as comparable text: the bytes in hex, with a leading
 * {@code e9 rel32} shown as the name of its target, since padding elsewhere moves the targets.
 */
final class StaticCallTrampolines {
    static final String PREFIX = "__SCT__";

    private StaticCallTrampolines() {
    }

    static Map<String, String> read(Path vmlinux) throws IOException, org.previrt.util.PrevirtException {
        ElfFile f = ElfFile.read(vmlinux);
        List<ElfSymbol> syms = f.symbols();
        Map<Long, String> byAddress = new TreeMap<>();
        for (ElfSymbol s : syms) {
            if (s.inSection() && s.type() == 2 /* STT_FUNC */) {
                byAddress.putIfAbsent(s.value(), s.name());
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (ElfSymbol s : syms) {
            if (!s.name().startsWith(PREFIX) || !s.inSection() || s.size() == 0) {
                continue;
            }
            ElfSection sec = f.section(s.shndx());
            byte[] b = f.read(sec, s.value() - sec.addr(), (int) s.size());
            StringBuilder t = new StringBuilder();
            int from = 0;
            if (b.length >= 5 && (b[0] & 0xff) == 0xe9) {
                long rel = (b[1] & 0xffL) | (b[2] & 0xffL) << 8 | (b[3] & 0xffL) << 16 | (long) b[4] << 24;
                long target = (s.value() + 5 + rel) & 0xffffffffL;
                t.append("jmp <").append(byAddress.getOrDefault(target, "?")).append("> ");
                from = 5;
            }
            t.append(HexFormat.ofDelimiter(" ").formatHex(b, from, b.length));
            out.put(s.name(), t.toString());
        }
        return out;
    }
}
