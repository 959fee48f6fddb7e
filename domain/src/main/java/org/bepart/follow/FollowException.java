package org.bepart.follow;

import org.bepart.shared.BusinessException;

/** A refused follow, with the bundle key of its message. */
public class FollowException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public FollowException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
