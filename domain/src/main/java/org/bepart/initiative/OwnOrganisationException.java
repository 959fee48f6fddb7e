package org.bepart.initiative;

import org.bepart.shared.BusinessException;

/**
 * A reviewer or administrator tried to decide on (or forward) an initiative of an organisation they belong to, on
 * either side: somebody else reviews it.
 */
public class OwnOrganisationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public OwnOrganisationException(long accountId, long initiativeId) {
        super("review.error.ownOrganisation", "account " + accountId + " stands on a side of initiative "
                + initiativeId);
    }
}
