package org.bepart.image;

import org.bepart.shared.BusinessException;

/** An uploaded file is no JPEG, PNG or GIF image the platform can read, or it is too large. */
public class InvalidImageException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidImageException(String messageKey, String detail) {
        super(messageKey, detail);
    }
}
