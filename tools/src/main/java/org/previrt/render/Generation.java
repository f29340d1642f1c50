package org.previrt.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The generation id every afterburned object carries: the first 8 bytes of SHA-256 over the packs as
 * rendered with placeholders where the id goes. Hashing the placeholder text keeps {@code generate}
 * deterministic and the id out of its own input; any change to the specs or the pack template that
 * changes a pack changes the id.
 */
public record Generation(long lo, long hi) {
    static final String LO_MARK = "@PREVIRT_GENERATION_LO@";
    static final String HI_MARK = "@PREVIRT_GENERATION_HI@";

    /** What the templates see before the id is known. */
    static Map<String, String> placeholders() {
        return Map.of("lo", LO_MARK, "hi", HI_MARK);
    }

    static Generation of(List<String> packTexts) {
        MessageDigest d;
        try {
            d = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String t : packTexts) {
            byte[] b = t.getBytes(StandardCharsets.UTF_8);
            // length first: two packs cannot trade bytes and keep the id
            d.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            d.update((byte) 0);
            d.update(b);
        }
        byte[] h = d.digest();
        long lo = 0, hi = 0;
        for (int i = 3; i >= 0; i--) {
            lo = lo << 8 | (h[i] & 0xff);
            hi = hi << 8 | (h[4 + i] & 0xff);
        }
        return new Generation(lo, hi);
    }

    /** The placeholders replaced by this id. */
    String fill(String text) {
        return text.replace(LO_MARK, loHex()).replace(HI_MARK, hiHex());
    }

    public String loHex() {
        return String.format(Locale.ROOT, "0x%08x", lo);
    }

    public String hiHex() {
        return String.format(Locale.ROOT, "0x%08x", hi);
    }

    /** The 8 id bytes as objdump/readelf -x print them (little-endian, lo then hi): 16 hex digits. */
    public String dumpHex() {
        StringBuilder s = new StringBuilder();
        for (long w : new long[] {lo, hi}) {
            for (int i = 0; i < 4; i++) {
                s.append(String.format(Locale.ROOT, "%02x", (w >>> (8 * i)) & 0xff));
            }
        }
        return s.toString();
    }

    /** The id as previrt prints it (sites, bin/ld): the 8 bytes in file order. */
    public String text() {
        return dumpHex();
    }

    /** For templates. */
    public Map<String, String> model() {
        return Map.of("lo", loHex(), "hi", hiHex(), "dump", dumpHex(), "text", text());
    }
}
