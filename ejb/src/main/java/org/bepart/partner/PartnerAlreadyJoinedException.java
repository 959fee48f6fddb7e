package org.bepart.partner;

import org.bepart.shared.BusinessException;

/** The initiative has its partner already; only an administrator replaces it. */
public class PartnerAlreadyJoinedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PartnerAlreadyJoinedException(long initiativeId) {
        super("partner.alreadyJoined", "initiative " + initiativeId + " has a partner");
    }
}
