package org.bepart.shared;

/** Somebody else changed the record since the caller read it (optimistic locking); nothing was saved. */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String detail) {
        super("error.concurrentChange", detail);
    }
}
