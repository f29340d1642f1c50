package org.previrt.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which code is 16-bit, as the user names it ({@code sites --code16 SECTION[:START-END]}): ELF does not
 * record the mode, and a plain record has no kind to imply it. Once any range is named, code outside
 * every range is 32-bit; with none, the mode is unknown and typed records or the padding decide.
 */
public final class CodeModes {
    /** {@code [start, end)} offsets in the section; a whole section is {@code [0, Long.MAX_VALUE)}. */
    public record Range(String section, long start, long end) {
    }

    /** A {@code --code16} value that is not {@code SECTION} or {@code SECTION:START-END}. */
    public static final class BadRange extends Exception {
        private static final long serialVersionUID = 1L;

        BadRange(String message) {
            super(message);
        }
    }

    private static final Pattern RANGE = Pattern.compile("(.+):((?:0[xX])?[0-9a-fA-F]+)-((?:0[xX])?[0-9a-fA-F]+)");

    public static final CodeModes NONE = new CodeModes(List.of());

    private final List<Range> ranges;

    private CodeModes(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses {@code SECTION} or {@code SECTION:START-END} (decimal or 0x hex, END exclusive), one per value. */
    public static CodeModes parse(List<String> values) throws BadRange {
        List<Range> out = new ArrayList<>();
        for (String v : values) {
            Matcher m = RANGE.matcher(v);
            if (m.matches()) {
                long start = number(v, m.group(2));
                long end = number(v, m.group(3));
                if (end <= start) {
                    throw new BadRange("--code16 " + v + ": END must be greater than START");
                }
                out.add(new Range(m.group(1), start, end));
            } else if (v.isEmpty() || v.contains(":")) {
                throw new BadRange("--code16 " + v + ": expected SECTION or SECTION:START-END (offsets in the section)");
            } else {
                out.add(new Range(v, 0, Long.MAX_VALUE));
            }
        }
        return new CodeModes(out);
    }

    private static long number(String value, String text) throws BadRange {
        try {
            return text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadRange("--code16 " + value + ": '" + text + "' is not a number (decimal or 0x hex)");
        }
    }

    /** Whether any range was named: then the mode of every site is known. */
    public boolean declared() {
        return !ranges.isEmpty();
    }

    /** TRUE inside a named range, FALSE outside when ranges are named, null when none is. */
    public Boolean code16(String section, long offset) {
        if (ranges.isEmpty()) {
            return null;
        }
        for (Range r : ranges) {
            if (r.section().equals(section) && offset >= r.start() && offset < r.end()) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }
}
