package org.bepart.organisation;

import org.bepart.shared.BusinessException;

/** Two organisations that are not duplicates of each other: the same one, or of different sectors. */
public class OrganisationMergeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OrganisationMergeException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
