package org.bepart.translation;

import org.bepart.shared.BusinessException;

/** The original language's text was to be removed, or a language without a text was to become the original. */
public class OriginalTextRequiredException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public static final String KEY = "translation.error.originalRequired";

    public OriginalTextRequiredException(String detail) {
        super(KEY, detail);
    }
}
