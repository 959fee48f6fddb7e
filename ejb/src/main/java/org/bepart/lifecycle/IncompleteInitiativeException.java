package org.bepart.lifecycle;

import org.bepart.shared.BusinessException;

/** Something the step needs is missing, e.g. submitting without the submitter's own view. */
public class IncompleteInitiativeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IncompleteInitiativeException(String detail) {
        super("error.incomplete", detail);
    }
}
