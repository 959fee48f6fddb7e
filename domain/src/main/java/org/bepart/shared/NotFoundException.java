package org.bepart.shared;

/** What the caller asked for does not exist, or is not visible to the caller. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String detail) {
        super("error.notFound", detail);
    }

    /** With a message of its own, for a feature that says more precisely what is missing. */
    protected NotFoundException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
