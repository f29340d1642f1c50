package org.previrt.spec.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An opcode in the notation of the Intel manuals: hex bytes, an optional ModRM field ({@code /0}..
 * {@code /7} or {@code /r}) and immediates ({@code ib iw id}, {@code cp} for a 6-byte far pointer).
 */
public record Opcode(String text, List<Integer> bytes, Integer modrmDigit, boolean modrmReg, List<String> immediates) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{2}");
    private static final Pattern DIGIT = Pattern.compile("/[0-7r]");
    private static final Pattern IMM = Pattern.compile("ib|iw|id|cp");

    /** Parses the notation, or returns null with the reason in {@code why[0]}. */
    public static Opcode parse(String text, String[] why) {
        List<Integer> bytes = new ArrayList<>();
        Integer digit = null;
        boolean reg = false;
        List<String> imms = new ArrayList<>();
        String[] tokens = text.trim().split(" +");
        for (String t : tokens) {
            if (HEX.matcher(t).matches() && digit == null && !reg && imms.isEmpty()) {
                bytes.add(Integer.parseInt(t, 16));
            } else if (DIGIT.matcher(t).matches() && digit == null && !reg && imms.isEmpty() && !bytes.isEmpty()) {
                if (t.equals("/r")) {
                    reg = true;
                } else {
                    digit = t.charAt(1) - '0';
                }
            } else if (IMM.matcher(t).matches() && !bytes.isEmpty()) {
                imms.add(t);
            } else {
                why[0] = "malformed opcode '" + text + "' at token '" + t
                        + "' (expected lower-case hex bytes, then /0../7 or /r, then ib/iw/id/cp)";
                return null;
            }
        }
        if (bytes.isEmpty()) {
            why[0] = "malformed opcode '" + text + "': no opcode byte";
            return null;
        }
        return new Opcode(text, List.copyOf(bytes), digit, reg, List.copyOf(imms));
    }

    public boolean hasModrm() {
        return modrmDigit != null || modrmReg;
    }

    /** The bytes as a C initialiser body, e.g. {@code 0x0f, 0x01}. */
    public String cBytes() {
        StringBuilder sb = new StringBuilder();
        for (int b : bytes) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(String.format("0x%02x", b));
        }
        return sb.toString();
    }
}
