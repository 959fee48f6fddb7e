package org.bepart.shared;

import jakarta.ejb.ApplicationException;

/**
 * Base of every business rule violation. Unchecked, and rolls back the transaction it crosses.
 * Carries a resource-bundle key so the web tier can show a translated message.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public BusinessException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    /** Resource-bundle key of the message shown to the user. */
    public String getMessageKey() {
        return messageKey;
    }
}
