package org.previrt.spec.model.dispatch;

/**
 * One register spelling (one letter case) the pack recognises, with the bit mask of the textual
 * operand kinds it belongs to ({@code %es} is both {@code sreg} and {@code %es}).
 */
public record RegisterText(String text, int mask) {
    public String getText() {
        return text;
    }

    public String getMask() {
        return "0x" + Integer.toHexString(mask);
    }
}
