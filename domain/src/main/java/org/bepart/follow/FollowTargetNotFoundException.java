package org.bepart.follow;

import org.bepart.shared.NotFoundException;

/** What was to be followed does not exist or readers do not see it (a draft, a rejected initiative, a retired theme). */
public class FollowTargetNotFoundException extends NotFoundException {

    private static final long serialVersionUID = 1L;

    public FollowTargetNotFoundException(String detail) {
        super("follow.error.notFound", detail);
    }
}
