package org.previrt.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StrictUtf8Test {
    private static byte[] b(int... v) {
        byte[] r = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = (byte) v[i];
        }
        return r;
    }

    @Test
    void validTextDecodesUnchanged() throws Exception {
        String s = "kind: 0x0201 # é ✓ 𝄞\nnext\n";
        assertEquals(s, StrictUtf8.decode(s.getBytes(StandardCharsets.UTF_8)));
        assertEquals("", StrictUtf8.decode(new byte[0]));
    }

    @Test
    void firstBadByteIsLocatedByLineAndCharacterColumn() {
        // line 3; before the bad byte: a 4-byte character (2 UTF-16 units, 1 column) and "ab"
        byte[] in = b('x', '\n', '\n', 0xf0, 0x9d, 0x84, 0x9e, 'a', 'b', 0xfe, 'c', 0xff);
        StrictUtf8.Malformed e = assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(in));
        assertEquals(3, e.line());
        assertEquals(4, e.column());
        assertEquals(9, e.offset());
        assertEquals(0xfe, e.value());
        assertEquals("not valid UTF-8 at line 3, column 4 (byte 0xfe at offset 9)", e.getMessage());
        assertEquals("column 4: not valid UTF-8 (byte 0xfe)", e.withoutLine());
    }

    @Test
    void truncatedSequenceAtTheEndAndOverlongFormsAreRefused() {
        StrictUtf8.Malformed end = assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(b('a', 0xe2, 0x9c)));
        assertEquals(1, end.line());
        assertEquals(2, end.column());
        assertEquals(0xe2, end.value());
        // an overlong '/' (c0 af) and an encoded surrogate (ed a0 80) are not UTF-8 either
        assertEquals(1, assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(b(0xc0, 0xaf))).column());
        assertEquals(2, assertThrows(StrictUtf8.Malformed.class, () -> StrictUtf8.decode(b('\n', 0xed, 0xa0, 0x80))).line());
    }
}
