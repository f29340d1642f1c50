package org.previrt.spec.model.dispatch;

/**
 * A textual test on one macro argument slot: {@code a} is the first operand, {@code b} the rest of the
 * line after the first comma. For CLASS, {@code classId} is the bit mask (hex) of the operand kind.
 */
public record Condition(String slot, Test test, String classId) {
    /** STAR: the slot starts with '*' (an indirect far pointer in memory). */
    public enum Test { BLANK, NONBLANK, CLASS, STAR }

    public String getSlot() {
        return slot;
    }

    public String getTest() {
        return test.name();
    }

    public String getClassId() {
        return classId;
    }
}
