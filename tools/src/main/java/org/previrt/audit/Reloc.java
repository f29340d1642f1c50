package org.previrt.audit;

import java.util.Set;

/** A REL relocation of an i386 object: the addend lives in the section bytes at {@code off}. */
record Reloc(long off, String type, String symbol) {

    private static final Set<String> PC_RELATIVE = Set.of("R_386_PC32", "R_386_PLT32", "R_386_GOTPC", "R_386_PC16",
            "R_386_PC8");

    int size() {
        return switch (type) {
            case "R_386_16", "R_386_PC16" -> 2;
            case "R_386_8", "R_386_PC8" -> 1;
            default -> 4;
        };
    }

    boolean pcRelative() {
        return PC_RELATIVE.contains(type);
    }

    /** The signed in-place addend. */
    long addend(byte[] bytes) {
        long v = 0;
        for (int k = size() - 1; k >= 0; k--) {
            v = (v << 8) | (bytes[(int) off + k] & 0xff);
        }
        int bits = size() * 8;
        return bits == 64 ? v : (v << (64 - bits)) >> (64 - bits);
    }
}
