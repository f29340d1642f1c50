package org.previrt.sites;

/** A record that does not describe a valid site. Printed as {@code file: table record #i (...): message}. */
public record SiteProblem(RecordRef ref, String message) {
    public String describe(String file) {
        return file + ": " + ref + ": " + message;
    }
}
