package org.previrt.sites;

/**
 * Sections whose bytes a kernel does not run where they are linked, so a loader must treat their sites
 * apart. Linux copies {@code .altinstr_replacement} over the original instructions when an alternative
 * applies (the site then lives at the copy's place, or not at all) and frees {@code .init.text} /
 * {@code .exit.text} after boot (rewrite them before they run, never after).
 */
public enum KernelSection {
    RUN_IN_PLACE("", "runs where it is linked"),
    COPIED("copied", "the kernel copies these bytes elsewhere at boot (ALTERNATIVE replacements): patch the copy"),
    FREED("freed", "the kernel frees this code after boot: patch it before it runs, never after");

    private final String tag;
    private final String meaning;

    KernelSection(String tag, String meaning) {
        this.tag = tag;
        this.meaning = meaning;
    }

    /** Short label for tables and JSON ({@code copied}, {@code freed}; empty when run in place). */
    public String tag() {
        return tag;
    }

    public String meaning() {
        return meaning;
    }

    public static KernelSection of(String section) {
        if (section.equals(".altinstr_replacement") || section.startsWith(".altinstr_replacement.")) {
            return COPIED;
        }
        if (section.equals(".init.text") || section.equals(".exit.text") || section.startsWith(".init.text.")) {
            return FREED;
        }
        return RUN_IN_PLACE;
    }
}
