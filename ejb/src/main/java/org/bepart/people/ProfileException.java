package org.bepart.people;

import org.bepart.shared.BusinessException;

/** A refused public profile (its bio), with the bundle key of its message. */
public class ProfileException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ProfileException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
