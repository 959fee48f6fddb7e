package org.bepart.review;

import org.bepart.shared.BusinessException;

/** Requesting changes or rejecting without telling the contributors why. */
public class MessageRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MessageRequiredException(String detail) {
        super("review.error.messageRequired", detail);
    }
}
