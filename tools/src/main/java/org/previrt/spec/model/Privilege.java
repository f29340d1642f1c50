package org.previrt.spec.model;

import java.util.Locale;

/** Why an instruction is sensitive, in the terms a hypervisor author uses. */
public enum Privilege {
    PRIVILEGED("privileged"),
    SENSITIVE_UNPRIVILEGED("sensitive-unprivileged"),
    UMIP("umip");

    private final String spelling;

    Privilege(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public String cName() {
        return "PREVIRT_PRIV_" + name().toUpperCase(Locale.ROOT);
    }

    public static Privilege parse(String text) {
        for (Privilege p : values()) {
            if (p.spelling.equals(text)) {
                return p;
            }
        }
        return null;
    }
}
