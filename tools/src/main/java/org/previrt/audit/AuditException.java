package org.previrt.audit;

/** The input cannot be audited (does not compile or assemble, unreadable object): exit 2. */
public final class AuditException extends Exception {
    public AuditException(String message) {
        super(message);
    }
}
