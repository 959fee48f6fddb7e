package org.bepart.initiative;

import org.bepart.organisation.Sector;
import org.bepart.shared.BusinessException;

/** The partner must stand on the other side: an authority for a civil-society organisation, and the reverse. */
public class PartnerSideException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public PartnerSideException(Sector owner, Sector partner) {
        super("error.partnerSide", "An organisation of " + partner + " cannot be the partner of one of " + owner);
    }
}
