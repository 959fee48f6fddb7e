package org.bepart.review;

import org.bepart.shared.BusinessException;

/** A decision whose checklist does not rate every principle exactly once. */
public class IncompleteChecklistException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IncompleteChecklistException(String detail) {
        super("review.error.checklist", detail);
    }
}
