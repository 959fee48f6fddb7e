package org.bepart.discussion;

import org.bepart.shared.BusinessException;

/** A refused question, comment, reply or edit, with the bundle key of its message. */
public class DiscussionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DiscussionException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
