package org.bepart.importing;

import org.bepart.shared.BusinessException;

/**
 * An import refused as a whole: a file that is not CSV or XLSX, too large, too many rows, columns missing or unknown,
 * or options that do not fit. {@link #getArgument()} fills the message's {@code {0}} (a column name, a number).
 */
public class ImportException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String argument;

    public ImportException(String messageKey, String argument) {
        super(messageKey, argument);
        this.argument = argument;
    }

    /** The value the message names, or null. */
    public String getArgument() {
        return argument;
    }
}
