package org.bepart.contest;

import org.bepart.shared.BusinessException;

/** An entry sent before the contest opens, or to a contest that is not published. */
public class ContestNotOpenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ContestNotOpenException(String detail) {
        super("contest.error.notOpen", detail);
    }
}
