package org.bepart.media;

import org.bepart.shared.BusinessException;

/** An uploaded file that is not accepted: wrong type, too large, too many pixels or unreadable. */
public class MediaRejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** {@code reason} is the last part of the bundle key {@code media.rejected.*}. */
    public MediaRejectedException(String reason, String detail) {
        super("media.rejected." + reason, detail);
    }
}
