package org.bepart.taxonomy;

import org.bepart.shared.BusinessException;

/** A change of a managed list that its rules refuse, e.g. merging a term into itself or into a retired one. */
public class TermRuleException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public TermRuleException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
