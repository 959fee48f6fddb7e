package org.bepart.exchange;

import org.bepart.shared.BusinessException;

/** A refused mark or replication, with the bundle key of its message. */
public class ExchangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ExchangeException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
