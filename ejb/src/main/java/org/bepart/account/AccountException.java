package org.bepart.account;

import org.bepart.shared.BusinessException;

/**
 * A refused account operation, with the bundle key of its message: a password the policy rejects
 * ({@code password.*}), a wrong current password, an invalid or used link, the last administrator, missing consent.
 */
public class AccountException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccountException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
