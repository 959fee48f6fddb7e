package org.bepart.organisation;

import org.bepart.shared.BusinessException;

/** No active account has the e-mail address given for a new member. */
public class UnknownAccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String email) {
        super("organisation.unknownAccount", "no active account with the address " + email);
    }
}
