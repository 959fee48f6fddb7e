package org.bepart.initiative;

import org.bepart.shared.BusinessException;

/** A status change the lifecycle does not allow, such as validating a draft. */
public class IllegalTransitionException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(InitiativeStatus from, InitiativeStatus to) {
        super("error.illegalTransition", "An initiative cannot go from " + from + " to " + to);
    }
}
