package org.previrt.audit;

/**
 * Something the audit reports at one place: {@code stockOff}/{@code packOff} are section offsets in
 * the stock and the pack object (-1 where there is none).
 */
public record Finding(String section, long stockOff, long packOff, String insn, String why) {

    public String where() {
        if (section.isEmpty()) {
            return "(whole input)";
        }
        return section + "+0x" + Long.toHexString(stockOff >= 0 ? stockOff : packOff)
                + (stockOff >= 0 ? "" : " (pack)");
    }
}
