package org.bepart.organisation;

import org.bepart.shared.BusinessException;

/** An invitation to join an organisation that cannot be sent or answered; the key names the message shown. */
public class MembershipException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public MembershipException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
