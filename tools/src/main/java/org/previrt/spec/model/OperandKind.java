package org.previrt.spec.model;

/** One operand of a form: a kind of {@link OperandVocabulary}, possibly optional in AT&T syntax. */
public record OperandKind(String name, boolean optional) {

    public static OperandKind parse(String text) {
        boolean opt = text.endsWith("?");
        return new OperandKind(opt ? text.substring(0, text.length() - 1) : text, opt);
    }

    @Override
    public String toString() {
        return optional ? name + "?" : name;
    }
}
