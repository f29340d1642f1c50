package org.previrt.decode;

import java.util.List;

/** The legacy prefix bytes of x86-32, in the order the C header lists them. */
public final class LegacyPrefixes {
    /** es cs ss ds fs gs segment overrides, operand size, address size, lock, repne, rep. */
    public static final List<Integer> BYTES = List.of(0x26, 0x2e, 0x36, 0x3e, 0x64, 0x65, 0x66, 0x67, 0xf0, 0xf2, 0xf3);
    public static final int OPERAND_SIZE = 0x66;
    public static final int ADDRESS_SIZE = 0x67;

    private static final boolean[] IS = new boolean[256];

    static {
        for (int b : BYTES) {
            IS[b] = true;
        }
    }

    private LegacyPrefixes() {
    }

    public static boolean is(int b) {
        return IS[b & 0xff];
    }
}
