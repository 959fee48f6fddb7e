package org.bepart.submission;

import org.bepart.account.Account;
import org.bepart.account.Role;
import org.bepart.initiative.Initiative;
import org.bepart.shared.AccessDeniedException;

/**
 * Who may change an initiative's content: members of its owner organisation while contributors may edit it, and
 * administrators at any time. Initiatives without owner (imported ones) are edited by administrators only.
 */
public final class Editing {

    private Editing() {
    }

    public static boolean allowed(Account actor, Initiative initiative) {
        return actor.hasRole(Role.ADMINISTRATOR)
                || initiative.isOwnedBy(actor) && initiative.isEditableByContributors();
    }

    public static void check(Account actor, Initiative initiative) {
        if (!allowed(actor, initiative)) {
            throw new AccessDeniedException("account " + actor.getId() + " may not edit initiative "
                    + initiative.getId() + " (" + initiative.getStatus() + ")");
        }
    }
}
