package org.bepart.moderation;

import org.bepart.shared.BusinessException;

/** A refused block or unblock, with the bundle key of its message. */
public class ModerationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ModerationException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
