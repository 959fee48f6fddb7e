package org.bepart.news;

import org.bepart.shared.BusinessException;

/** An editor asked for a change of status the item's current status does not allow (e.g. publishing it twice). */
public class NewsTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NewsTransitionException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
