package org.bepart.partner;

import org.bepart.shared.BusinessException;

/** An invitation link that cannot be used (any more): unknown, expired, used, or replaced by a newer one. */
public class InvitationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvitationException(String detail) {
        super("partner.invitationClosed", detail);
    }
}
