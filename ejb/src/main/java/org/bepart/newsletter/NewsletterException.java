package org.bepart.newsletter;

import org.bepart.shared.BusinessException;

/** A newsletter request that cannot be served; the key names the message readers see. */
public class NewsletterException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NewsletterException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
