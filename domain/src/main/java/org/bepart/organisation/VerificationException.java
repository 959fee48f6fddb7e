package org.bepart.organisation;

import org.bepart.shared.BusinessException;

/** Only public authorities are verified. */
public class VerificationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public VerificationException(String detail) {
        super("organisationAdmin.error.notAuthority", detail);
    }
}
