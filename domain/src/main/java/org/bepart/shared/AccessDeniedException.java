package org.bepart.shared;

/** The caller may not do this: not signed in, lacks the role, or is not a member of the organisation concerned. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String detail) {
        super("error.accessDenied", detail);
    }
}
