package org.previrt.util;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where the first bad byte is (line and column, both from 1; the column
 * counts characters, as an editor shows it), so a user can find it without a hex dump.
 */
public final class StrictUtf8 {
    /** The first bad byte of an input: its line, column, byte offset and value. */
    public static final class Malformed extends Exception {
        private final int line;
        private final int column;
        private final long offset;
        private final int value;

        Malformed(int line, int column, long offset, int value) {
            super("not valid UTF-8 at line " + line + ", column " + column + " (byte 0x"
                    + String.format("%02x", value) + " at offset " + offset + ")");
            this.line = line;
            this.column = column;
            this.offset = offset;
            this.value = value;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        public long offset() {
            return offset;
        }

        public int value() {
            return value;
        }

        /** The message without the line, for reports that print {@code file:line:} themselves. */
        public String withoutLine() {
            return "column " + column + ": not valid UTF-8 (byte 0x" + String.format("%02x", value) + ")";
        }
    }

    private StrictUtf8() {
    }

    public static String decode(byte[] data) throws Malformed {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(data);
        CharBuffer out = CharBuffer.allocate(data.length);
        CoderResult r = d.decode(in, out, true);
        if (!r.isError()) {
            r = d.flush(out);
        }
        if (r.isError()) {
            throw locate(data, in.position());
        }
        return out.flip().toString();
    }

    /** Line and column of {@code bad}; everything before it decoded, so it is counted as characters. */
    private static Malformed locate(byte[] data, int bad) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < bad; i++) {
            if (data[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(data, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        return new Malformed(line, column, bad, data[bad] & 0xff);
    }
}
