package org.previrt.sites;

import java.util.ArrayList;
import java.util.List;

import org.previrt.elf.ElfFile;
import org.previrt.elf.ElfFormatException;
import org.previrt.elf.ElfSymbol;

/**
 * Overwrites every site of a file in memory. The whole site is rewritten, so the original instruction and
 * its padding are gone; records and everything else stay byte for byte.
 */
public final class SiteRewriter {
    private static final int INT3 = 0xcc;
    private static final int NOP = 0x90;
    private static final int CALL_REL32 = 0xe8;
    private static final int CALL_LENGTH = 5;

    /** The input cannot be rewritten this way (a usage problem, not a broken site). */
    public static final class Refused extends Exception {
        private final boolean badSites;

        Refused(String message, boolean badSites) {
            super(message);
            this.badSites = badSites;
        }

        /** True when particular sites are the reason (exit 1); false for the file or the options (exit 2). */
        public boolean badSites() {
            return badSites;
        }
    }

    private SiteRewriter() {
    }

    /** The rewritten file; {@code sites} must come from a clean analysis of {@code elf}. */
    public static byte[] rewrite(ElfFile elf, List<Site> sites, RewriteMode mode) throws Refused, ElfFormatException {
        byte[] out = elf.bytes();
        if (mode instanceof RewriteMode.Trap) {
            for (Site s : sites) {
                fill(out, s);
                out[(int) s.fileOffset()] = (byte) INT3;
            }
            return out;
        }
        RewriteMode.Call call = (RewriteMode.Call) mode;
        if (elf.relocatable()) {
            throw new Refused("--mode call needs a linked executable; in an object the call target is not known "
                    + "until link time (use --mode trap)", false);
        }
        long target = symbolAddress(elf, call.symbol());
        List<String> tooShort = new ArrayList<>();
        for (Site s : sites) {
            if (s.length() < CALL_LENGTH) {
                tooShort.add(String.format("%s (%s) at %s is %d bytes, too short for a %d-byte call", s.ref(),
                        s.form().name(), s.where(), s.length(), CALL_LENGTH));
            }
        }
        if (!tooShort.isEmpty()) {
            throw new Refused(String.join("\n", tooShort), true);
        }
        for (Site s : sites) {
            fill(out, s);
            int at = (int) s.fileOffset();
            long rel = (target - (s.address() + CALL_LENGTH)) & 0xffffffffL;
            out[at] = (byte) CALL_REL32;
            for (int k = 0; k < 4; k++) {
                out[at + 1 + k] = (byte) (rel >>> (8 * k));
            }
        }
        return out;
    }

    private static void fill(byte[] out, Site s) {
        for (int k = 0; k < s.length(); k++) {
            out[(int) s.fileOffset() + k] = (byte) NOP;
        }
    }

    private static long symbolAddress(ElfFile elf, String name) throws Refused, ElfFormatException {
        List<ElfSymbol> symbols = elf.symbols();
        if (symbols.isEmpty()) {
            throw new Refused("--mode call=" + name + " needs a symbol table, and the file has none (stripped?)",
                    false);
        }
        for (ElfSymbol sym : symbols) {
            if (sym.name().equals(name) && sym.inSection()) {
                return sym.value();
            }
        }
        throw new Refused("symbol '" + name + "' is not defined in the file's symbol table", false);
    }
}
