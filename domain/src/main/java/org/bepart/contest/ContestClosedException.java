package org.bepart.contest;

import org.bepart.shared.BusinessException;

/** An entry sent after the contest's closing time. */
public class ContestClosedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ContestClosedException(String detail) {
        super("contest.error.closed", detail);
    }
}
