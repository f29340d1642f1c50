package org.previrt.util;

/** previrt's version, printed by --version and stamped into every generated file. */
public final class Version {
    public static final String NUMBER = "0.1.0";

    private Version() {
    }
}
