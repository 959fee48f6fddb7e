package org.bepart.event;

import org.bepart.shared.BusinessException;

/** A rule of events was broken; the key names the message readers see. */
public class EventException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public EventException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
