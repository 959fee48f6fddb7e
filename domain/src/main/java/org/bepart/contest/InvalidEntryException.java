package org.bepart.contest;

import org.bepart.shared.BusinessException;

/** An entry, score or contest that breaks one of the contest's rules; the key names the rule. */
public class InvalidEntryException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidEntryException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
