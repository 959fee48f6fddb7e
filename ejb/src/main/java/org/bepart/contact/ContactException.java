package org.bepart.contact;

import org.bepart.shared.BusinessException;

/** A message that cannot be relayed as it is (e.g. the sender's address is not one); the key names the message. */
public class ContactException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ContactException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
