package org.previrt.audit;

import org.previrt.util.PrevirtException;

/** The input cannot be audited (does not compile or assemble, unreadable object): exit 2, message as it is. */
public final class AuditException extends PrevirtException {
    private static final long serialVersionUID = 1L;

    public AuditException(String message) {
        super(BAD_INPUT, message);
    }

    @Override
    protected boolean prefixed() {
        return false;
    }
}
