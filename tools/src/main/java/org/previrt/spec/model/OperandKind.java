package org.previrt.spec.model;

import java.util.Set;

/** One operand of a form: a kind from the shared vocabulary, possibly optional in AT&T syntax. */
public record OperandKind(String name, boolean optional) {

    /** The vocabulary: kinds gas operands are written as. */
    public static final Set<String> VOCABULARY = Set.of(
            "imm8", "imm16", "imm32", "al", "ax", "eax", "ecx", "edx", "dx", "reg", "rm", "mem",
            "farmem", "sreg", "creg", "dreg", "treg", "srcstr", "dststr",
            "%es", "%cs", "%ss", "%ds", "%fs", "%gs");

    public static OperandKind parse(String text) {
        boolean opt = text.endsWith("?");
        return new OperandKind(opt ? text.substring(0, text.length() - 1) : text, opt);
    }

    public boolean textual() {
        return RegisterClass.isTextual(name);
    }

    @Override
    public String toString() {
        return optional ? name + "?" : name;
    }
}
