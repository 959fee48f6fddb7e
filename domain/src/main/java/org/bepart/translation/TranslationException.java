package org.bepart.translation;

import org.bepart.shared.BusinessException;

/** A refused translation or translation request, with the bundle key of its message. */
public class TranslationException extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** The field the message is about ({@link org.bepart.initiative.InitiativeText#FIELDS}), or null. */
    private final String field;

    public TranslationException(String messageKey, String field, String detail) {
        super(messageKey, detail);
        this.field = field;
    }

    public String getField() {
        return field;
    }
}
