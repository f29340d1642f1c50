package org.previrt.sites;

import java.util.HexFormat;

/** Bytes as lower-case hex pairs separated by spaces, the way objdump shows them. */
final class Hex {
    private Hex() {
    }

    static String of(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(HexFormat.of().toHexDigits(b[i]));
        }
        return sb.toString();
    }

    static String of(byte[] b) {
        return of(b, b.length);
    }
}
